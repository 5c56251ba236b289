export * from './records';
export * from './protocol';
export * from './outbox';
