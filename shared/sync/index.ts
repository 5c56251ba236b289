export * from './records';
export * from './protocol';
