/**
 * Request validation with TypeBox's compiler instead of Fastify's default Ajv setup, which
 * removes unknown properties and coerces body types. Here bodies are checked exactly as
 * the contract says (an unknown field is a 400); only params and query strings, which are
 * always text, are converted to the declared types first.
 */
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import type { SchemaErrorFormatter } from 'fastify/types/schema';

/** Schemas may name their rule in words where TypeBox's message would not (see contract.ts). */
interface WithErrorMessage {
  errorMessage?: string;
}

export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = TypeCompiler.Compile(schema);
  return (input) => {
    const value = httpPart === 'body' ? input : Value.Convert(schema, input);
    if (check.Check(value)) return { value };
    // One clear problem at a time reads better than every consequence of it.
    const first = check.Errors(value).First();
    const error: FastifySchemaValidationError = {
      keyword: String(first?.type ?? 'schema'),
      instancePath: first?.path ?? '',
      schemaPath: '',
      params: {},
      message: (first?.schema as WithErrorMessage | undefined)?.errorMessage ?? first?.message,
    };
    return { error: [error] };
  };
};

/** "body/title: Expected string length less or equal to 200". */
export const schemaErrorFormatter: SchemaErrorFormatter = (errors, dataVar) =>
  new Error(errors.map((e) => `${dataVar}${e.instancePath}: ${e.message}`).join('; '));
