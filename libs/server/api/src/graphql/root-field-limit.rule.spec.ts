import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rootFieldLimit } from './root-field-limit.rule';

const schema = buildSchema(`
  type Query { me: String, ping: String }
  type Mutation { signUp(email: String): String }
`);

function errors(source: string, max = 3) {
  return validate(schema, parse(source), [rootFieldLimit(max)]);
}

describe('rootFieldLimit', () => {
  it('lets an operation with up to the limit of root fields through', () => {
    expect(errors('{ me ping a: me }')).toEqual([]);
    expect(errors('{ __typename me ping a: me }')).toEqual([]);
  });

  it('refuses aliased copies of a mutation past the limit, with QUERY_TOO_COMPLEX', () => {
    const many = Array.from({ length: 200 }, (_, i) => `a${i}: signUp(email: "x${i}")`).join(' ');
    const [error, ...rest] = errors(`mutation { ${many} }`);
    expect(rest).toEqual([]);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', rootFields: 200, max: 3 });
  });

  it('counts root fields inside inline fragments and fragment spreads', () => {
    const source = `
      query { ...A ... on Query { b: me c: me } }
      fragment A on Query { me ping }
    `;
    expect(errors(source)).toHaveLength(1);
  });

  it('terminates on fragment cycles (reported by the standard rules, not here)', () => {
    const source = `query { ...A } fragment A on Query { me ...B } fragment B on Query { ping ...A }`;
    expect(errors(source, 10)).toEqual([]);
  });
});
