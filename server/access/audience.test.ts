import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audienceAllows, audienceFromJson, normalizeAudience, type Membership } from './audience';

const m = (businessLineId: string, positionId: string): Membership => ({
  businessLineId,
  positionId,
});

describe('audienceAllows', () => {
  it('lets everyone see an empty audience, even users without memberships', () => {
    expect(audienceAllows({ businessLines: [], positions: [] }, [])).toBe(true);
  });

  it('matches lines and positions within one membership', () => {
    const leadsInCards = { businessLines: ['cards'], positions: ['lead'] };
    expect(audienceAllows(leadsInCards, [m('cards', 'lead')])).toBe(true);
    expect(audienceAllows(leadsInCards, [m('cards', 'agent'), m('mobile', 'lead')])).toBe(false);
    expect(
      audienceAllows({ businessLines: ['cards', 'mobile'], positions: [] }, [m('mobile', 'agent')]),
    ).toBe(true);
    expect(
      audienceAllows({ businessLines: [], positions: ['reviewer'] }, [m('loans', 'reviewer')]),
    ).toBe(true);
    expect(audienceAllows({ businessLines: ['cards'], positions: [] }, [])).toBe(false);
  });

  it('treats a malformed stored audience as visible to nobody', () => {
    expect(audienceAllows(audienceFromJson({ everyone: true }), [m('cards', 'agent')])).toBe(false);
    expect(audienceFromJson({ businessLines: ['cards'] })).toEqual({
      businessLines: ['cards'],
      positions: [],
    });
  });

  it('never widens with more restrictions (property)', () => {
    const id = fc.constantFrom('a', 'b', 'c');
    const membership = fc.record({ businessLineId: id, positionId: id });
    fc.assert(
      fc.property(
        fc.array(id),
        fc.array(id),
        fc.array(membership),
        id,
        (lines, positions, memberships, extra) => {
          const base = normalizeAudience({ businessLines: lines, positions });
          if (base.businessLines.length === 0) return; // adding the first line narrows "any line"
          const wider = normalizeAudience({ businessLines: [...lines, extra], positions });
          // More lines listed can only let more people in.
          if (audienceAllows(base, memberships))
            expect(audienceAllows(wider, memberships)).toBe(true);
        },
      ),
    );
  });
});
