import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';

/** The whole body of a request, as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

/** A file part of a multipart request. */
export interface FormFile {
  field: string;
  name: string;
  content: string;
}

/** A multipart/form-data body (busboy): its fields and files. */
export function readForm(req: IncomingMessage): Promise<{ fields: Record<string, string>; files: FormFile[] }> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: FormFile[] = [];
    const form = busboy({ headers: req.headers });
    form.on('field', (name, value) => {
      fields[name] = value;
    });
    form.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () =>
        files.push({ field, name: info.filename ?? field, content: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    form.on('close', () => resolve({ fields, files }));
    form.on('error', reject);
    req.pipe(form);
  });
}

/** Whether a request carries multipart/form-data. */
export function isMultipart(req: IncomingMessage): boolean {
  return /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
}
