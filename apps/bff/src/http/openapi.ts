import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { endpoints, problemSchema, type EndpointDefinition } from '@chime-console/contracts';

/** The OpenAPI 3.1 document of the BFF's own API, generated from the contract registry. */
export function buildOpenApiDocument(): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const [id, endpoint] of Object.entries(endpoints) as [string, EndpointDefinition][]) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [endpoint.method]: operation(id, endpoint) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Chime Console BFF',
      version: '1.0.0',
      description: 'The API the console SPA uses. Session cookie auth; state-changing calls need x-csrf-token.',
    },
    paths,
  });
}

function operation(id: string, endpoint: EndpointDefinition): ZodOpenApiOperationObject {
  const problem = { description: 'Problem', content: { 'application/problem+json': { schema: problemSchema } } };
  const status = String(endpoint.status ?? (endpoint.response ? 200 : 204));
  const success =
    endpoint.produces === 'text/csv'
      ? { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' as const } } } }
      : endpoint.response
        ? { description: 'OK', content: { 'application/json': { schema: endpoint.response } } }
        : { description: 'No content' };
  return {
    operationId: id,
    summary: endpoint.summary,
    description: `Access: ${endpoint.access}.`,
    ...((endpoint.params ?? endpoint.query) && {
      requestParams: { ...(endpoint.params && { path: endpoint.params }), ...(endpoint.query && { query: endpoint.query as never }) },
    }),
    ...(endpoint.body && { requestBody: { content: { 'application/json': { schema: endpoint.body } } } }),
    responses: { [status]: success, '400': problem, '401': problem, '403': problem, default: problem },
  };
}
