import { describe, expect, it } from 'vitest';
import { splitToneTags } from './tone';

// R8: canned responses carry the house tone as labels.
describe('splitToneTags', () => {
  it('takes "tone:" tags out of the tags, without the prefix, each once', () => {
    expect(
      splitToneTags([
        'refund',
        'tone:formal',
        'Tone: Apologetic',
        'tone:formal',
        'tone:warm',
        'tone:',
      ]),
    ).toEqual({ tones: ['formal', 'apologetic', 'warm'], tags: ['refund'] });
  });

  it('leaves articles without tone labels alone', () => {
    expect(splitToneTags(['a', 'toner'])).toEqual({ tones: [], tags: ['a', 'toner'] });
  });
});
