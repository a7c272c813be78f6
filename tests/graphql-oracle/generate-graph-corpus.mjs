// Systematic documents for the graph's API schema, derived from the schema itself (so they follow the real file):
// for every field of every output type reachable from a root, a valid selection, and one document per way to break it
// (unknown field, leaf with a selection, object without one, missing required argument, unknown argument, a literal
// of the wrong type, a variable of the wrong type). The hand-written corpus/graph/*.graphql covers the rest.
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isScalarType,
} from 'graphql';

/** Documents named `generated:<kind>:<Type>.<field>[.<arg>]`, each with its text. */
export function generatedDocuments(schema) {
  const paths = pathsToTypes(schema);
  const documents = [];
  const add = (name, text) => documents.push({ name: `generated:${name}`, text });
  for (const [typeName, reach] of paths) {
    const type = schema.getType(typeName);
    add(`unknown-field:${typeName}`, reach.wrap('notAField'));
    for (const field of Object.values(type.getFields())) {
      const id = `${typeName}.${field.name}`;
      const named = getNamedType(field.type);
      const selection = isLeafType(named) ? '' : ` { ${firstLeaf(named)} }`;
      const required = requiredArguments(field);
      add(`valid:${id}`, reach.wrap(`${field.name}${required}${selection}`));
      if (isLeafType(named)) add(`leaf-with-selection:${id}`, reach.wrap(`${field.name}${required} { x }`));
      else add(`object-without-selection:${id}`, reach.wrap(`${field.name}${required}`));
      add(`unknown-argument:${id}`, reach.wrap(`${field.name}(${required ? required.slice(1, -1) + ', ' : ''}bogus: 1)${selection}`));
      if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
        add(`missing-required-argument:${id}`, reach.wrap(`${field.name}${selection}`));
      }
      for (const arg of field.args) {
        const others = field.args.filter((a) => a !== arg && isNonNullType(a.type)).map((a) => `${a.name}: ${validLiteral(a.type)}`);
        const wrong = wrongLiteral(arg.type);
        if (wrong !== undefined) {
          add(`wrong-literal:${id}.${arg.name}`, reach.wrap(`${field.name}(${[...others, `${arg.name}: ${wrong}`].join(', ')})${selection}`));
        }
        const call = `${field.name}(${[...others, `${arg.name}: $v`].join(', ')})${selection}`;
        add(`variable:${id}.${arg.name}`, reach.wrap(call, `($v: ${String(arg.type)})`));
        add(`wrong-variable:${id}.${arg.name}`, reach.wrap(call, `($v: ${wrongVariableType(arg.type)})`));
      }
    }
  }
  return documents;
}

/**
 * For every object type reachable from a root: how to reach it, as a function wrapping a selection in the fields that
 * lead there (one line per level, so errors land at varied lines and columns).
 */
function pathsToTypes(schema) {
  const found = new Map();
  const roots = [['query', schema.getQueryType()], ['mutation', schema.getMutationType()], ['subscription', schema.getSubscriptionType()]];
  const queue = roots.filter(([, t]) => t).map(([keyword, t]) => ({ type: t, keyword, steps: [] }));
  while (queue.length > 0) {
    const { type, keyword, steps } = queue.shift();
    if (found.has(type.name)) continue;
    found.set(type.name, { wrap: wrapper(keyword, steps) });
    for (const field of Object.values(type.getFields())) {
      const next = getNamedType(field.type);
      // A subscription has one root field, so nothing nested under it is reached twice from there.
      if (!isLeafType(next) && next.getFields && !found.has(next.name)) {
        queue.push({ type: next, keyword, steps: [...steps, `${field.name}${requiredArguments(field)}`] });
      }
    }
  }
  return found;
}

function wrapper(keyword, steps) {
  return (inner, variables = '') => {
    let text = inner;
    for (let i = steps.length - 1; i >= 0; i--) {
      const pad = '  '.repeat(i + 1);
      text = `${steps[i]} {\n${pad}  ${text}\n${pad}}`;
    }
    return `${keyword} Generated${variables} {\n  ${text}\n}\n`;
  };
}

function firstLeaf(type) {
  if (!type.getFields) return '__typename';
  const leaf = Object.values(type.getFields()).find((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0);
  return leaf ? leaf.name : '__typename';
}

function requiredArguments(field) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  return required.length === 0 ? '' : `(${required.map((a) => `${a.name}: ${validLiteral(a.type)}`).join(', ')})`;
}

function validLiteral(type) {
  const t = getNullableType(type);
  if (isListType(t)) return `[${validLiteral(t.ofType)}]`;
  if (isEnumType(t)) return t.getValues()[0].name;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type));
    return `{${fields.map((f) => `${f.name}: ${validLiteral(f.type)}`).join(', ')}}`;
  }
  switch (t.name) {
    case 'Int': return '3';
    case 'Float': return '0.5';
    case 'Boolean': return 'true';
    case 'DateTime': return '"2024-05-01T12:30:00Z"';
    default: return '"e1"';
  }
}

/** A literal every engine must refuse for the type; none for custom scalars (graphql-js's client schema accepts any). */
function wrongLiteral(type) {
  const t = getNullableType(type);
  if (isListType(t)) return `[${wrongLiteral(t.ofType) ?? 'null'}]`;
  if (isEnumType(t)) return `"${t.getValues()[0].name}"`;
  if (isInputObjectType(t)) return '{ notAField: 1 }';
  switch (t.name) {
    case 'Int': return '"3"';
    case 'Float': return 'true';
    case 'Boolean': return '1';
    case 'String': return '4';
    case 'ID': return '1.5';
    default: return isScalarType(t) ? undefined : 'null';
  }
}

/** A variable type that can never flow into the argument: a different named type, or nullable where non-null is needed. */
function wrongVariableType(type) {
  const named = getNamedType(type);
  if (isNonNullType(type) && !isListType(type.ofType)) return named.name;
  return named.name === 'Boolean' ? 'Int' : 'Boolean';
}
