import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@claimlane/shared-contracts';
import { pdfBomb, renderTestPdf, stripedPng } from '@claimlane/testing-fixtures';
import { createTestTenant, startTestApi, type TestApi, type TestTenant } from '@claimlane/testing';

const KNOWN = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

interface UploadAnswer {
  status: number;
  code?: string;
  reason?: string;
  body: Record<string, unknown>;
}

function hugePng(width: number, height: number): Buffer {
  const png = Buffer.from(stripedPng(8, 8));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

/** Hostile files: each must be refused with a clear code, or stored as what it really is. */
describe('upload fuzzing: bombs, lies, truncation, polyglots', () => {
  let api: TestApi;
  let t: TestTenant;
  let textPdf: Buffer;

  const upload = async (
    bytes: Buffer,
    filename: string,
    type = 'application/octet-stream',
    field = 'file',
  ): Promise<UploadAnswer> => {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(bytes)], { type }), filename);
    const res = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: t.headers,
      body: form,
    });
    const body = (await res.json()) as Record<string, unknown> & {
      errors?: Array<{ extensions?: { code?: string; reason?: string } }>;
    };
    const ext = body.errors?.[0]?.extensions;
    return { status: res.status, code: ext?.code, reason: ext?.reason, body };
  };

  beforeAll(async () => {
    api = await startTestApi();
    t = await createTestTenant(api);
    textPdf = Buffer.from(
      (await renderTestPdf([{ text: 'Your claim was denied as not medically necessary.' }])).bytes,
    );
  });
  afterAll(async () => api?.close());

  it.each([
    ['zero bytes', () => Buffer.alloc(0), 'empty.pdf', 'DOCUMENT_EMPTY'],
    ['only white space', () => Buffer.from(' \n\t \n'), 'blank.txt', 'DOCUMENT_EMPTY'],
    [
      'a PDF cut in half',
      () => textPdf.subarray(0, textPdf.length >> 1),
      'cut.pdf',
      'DOCUMENT_CORRUPT',
    ],
    [
      'a PDF header and nothing else',
      () => Buffer.from('%PDF-1.7\n'),
      'head.pdf',
      'DOCUMENT_CORRUPT',
    ],
    [
      'a ZIP named .pdf',
      () => Buffer.from('PK\x03\x04\x14\x00\x00\x00rest', 'latin1'),
      'x.pdf',
      'DOCUMENT_UNSUPPORTED',
    ],
    [
      'an ELF binary named .txt',
      () => Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(64, 1)]),
      'a.txt',
      'DOCUMENT_UNSUPPORTED',
    ],
    [
      'a PNG declaring 100,000 × 100,000 pixels',
      () => hugePng(100_000, 100_000),
      'scan.png',
      'DOCUMENT_TOO_COMPLEX',
    ],
    ['a PNG declaring 0 × 0 pixels', () => hugePng(0, 0), 'scan.png', 'DOCUMENT_CORRUPT'],
    [
      'a 2 MB PDF whose content inflates to 2 GiB',
      () => pdfBomb(2048),
      'bomb.pdf',
      'DOCUMENT_TOO_COMPLEX',
    ],
  ])(
    '%s → 400 BAD_USER_INPUT',
    async (_name, bytes, filename, reason) => {
      const res = await upload(bytes(), filename);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.code).toBe('BAD_USER_INPUT');
      expect(res.reason).toBe(reason);
    },
    60_000,
  );

  it('a PNG named .pdf and sent as application/pdf is stored as the PNG it is', async () => {
    const res = await upload(Buffer.from(stripedPng(60, 40)), 'letter.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mime: 'image/png', needsOcr: true });
    expect((res.body['warnings'] as string[]).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'PDF then HTML with a script',
      () => Buffer.concat([textPdf, Buffer.from('<html><script>alert(1)</script></html>')]),
    ],
    [
      'HTML then a PDF',
      () => Buffer.concat([Buffer.from('<html><body>hi</body></html>\n'), textPdf]),
    ],
    [
      'PDF with a ZIP appended',
      () => Buffer.concat([textPdf, Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1')]),
    ],
    ['a PNG with a PDF appended', () => Buffer.concat([Buffer.from(stripedPng(10, 10)), textPdf])],
  ])('polyglot %s: no 5xx, a known code or a stored document', async (_n, bytes) => {
    const res = await upload(bytes(), 'poly.pdf', 'application/pdf');
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) expect(KNOWN.has(res.code ?? '')).toBe(true);
    else expect(res.body['id']).toBeTruthy();
  });

  it('malformed requests: no file, wrong field, two files, not multipart', async () => {
    const none = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: t.headers,
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    const wrongField = await upload(textPdf, 'a.pdf', 'application/pdf', 'document');
    expect(wrongField.status).toBe(400);
    expect(KNOWN.has(wrongField.code ?? '')).toBe(true);
    const two = new FormData();
    two.append('file', new Blob([new Uint8Array(textPdf)]), 'a.pdf');
    two.append('file', new Blob([new Uint8Array(textPdf)]), 'b.pdf');
    const twoRes = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: t.headers,
      body: two,
    });
    expect(twoRes.status).toBeGreaterThanOrEqual(400);
    expect(twoRes.status).toBeLessThan(500);
    const json = await fetch(`${api.url}/documents`, {
      method: 'POST',
      headers: { ...t.headers, 'content-type': 'application/json' },
      body: '{"file": "x"}',
    });
    expect(json.status).toBe(400);
    const anonymous = await fetch(`${api.url}/documents`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
  });

  it('file names with NUL, path traversal and 10,000 characters are not a problem', async () => {
    for (const name of ['a\u0000b.pdf', '../../etc/passwd', `${'n'.repeat(10_000)}.pdf`]) {
      const res = await upload(textPdf, name, 'application/pdf');
      expect(res.status, name.slice(0, 20)).toBeLessThan(500);
    }
  });
});
