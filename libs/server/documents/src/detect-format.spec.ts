import { describe, expect, it } from 'vitest';
import { countTiffPages, detectX12, sniffFormat } from './detect-format';

describe('sniffFormat', () => {
  it('finds a PDF header after leading junk within the first KiB, not beyond', () => {
    expect(sniffFormat(Buffer.from('\r\n\r\n%PDF-1.4\n'))).toEqual({ kind: 'pdf' });
    expect(sniffFormat(Buffer.concat([Buffer.alloc(2000, 0x20), Buffer.from('%PDF-1.4')]))).toEqual(
      { kind: 'unknown' },
    );
  });

  it('recognises TIFF in both byte orders, HEIC and a BMP whose size field matches', () => {
    expect(sniffFormat(Buffer.from('II*\x00', 'latin1'))).toMatchObject({ mime: 'image/tiff' });
    expect(sniffFormat(Buffer.from('MM\x00*', 'latin1'))).toMatchObject({ mime: 'image/tiff' });
    expect(sniffFormat(Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00', 'latin1'))).toMatchObject({
      mime: 'image/heic',
    });
    const bmp = Buffer.alloc(30);
    bmp.write('BM', 0, 'latin1');
    bmp.writeUInt32LE(30, 2);
    expect(sniffFormat(bmp)).toMatchObject({ mime: 'image/bmp' });
    bmp.writeUInt32LE(31, 2);
    expect(sniffFormat(bmp)).toEqual({ kind: 'unknown' });
  });

  it('does not call text that starts with "MZ" or "BM" a binary file', () => {
    expect(
      sniffFormat(
        Buffer.from(
          'MZ Health Plan denial notice, member services ...................................',
        ),
      ),
    ).toEqual({
      kind: 'unknown',
    });
    expect(sniffFormat(Buffer.from('BM Health denial notice with enough characters'))).toEqual({
      kind: 'unknown',
    });
  });

  it('recognises a Windows executable by its PE header', () => {
    const exe = Buffer.alloc(128);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(64, 0x3c);
    exe.write('PE\x00\x00', 64, 'latin1');
    expect(sniffFormat(exe)).toEqual({ kind: 'unsupported', label: 'Windows executable' });
  });
});

describe('detectX12', () => {
  const isa =
    'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*P*:~';

  it('finds the 835 whatever the element separator', () => {
    expect(detectX12(`${isa}GS*HP*A*B*20240101*1200*1*X*005010X221A1~ST*835*0001~`)).toEqual({
      kind: 'x12_835',
    });
    const piped = isa.replaceAll('*', '|');
    expect(detectX12(`${piped}\nGS|HP~\nST|835|0001~`)).toEqual({ kind: 'x12_835' });
  });

  it('reports other transaction sets and files with none', () => {
    expect(detectX12(`${isa}ST*837*0001~SE*2*0001~ST*277*0002~`)).toEqual({
      kind: 'other',
      transactionSets: ['277', '837'],
    });
    expect(detectX12(isa)).toEqual({ kind: 'no_transaction' });
  });

  it('ignores ST inside another element and text that is not X12', () => {
    expect(detectX12(`${isa}NM1*QC*1*FIRST*835*~`)).toEqual({ kind: 'no_transaction' });
    expect(detectX12(`${isa}REF*XST*835~`)).toEqual({ kind: 'no_transaction' });
    expect(detectX12('ISAAC NEWTON wrote ST*835')).toBeNull();
    expect(detectX12('Dear ISA member')).toBeNull();
  });
});

describe('countTiffPages', () => {
  function tiff(order: 'II' | 'MM', nextOffsets: number[]): Buffer {
    const little = order === 'II';
    const bytes = Buffer.alloc(8 + nextOffsets.length * 6);
    bytes.write(order, 0, 'latin1');
    const u16 = (v: number, at: number) =>
      little ? bytes.writeUInt16LE(v, at) : bytes.writeUInt16BE(v, at);
    const u32 = (v: number, at: number) =>
      little ? bytes.writeUInt32LE(v, at) : bytes.writeUInt32BE(v, at);
    u16(42, 2);
    u32(8, 4);
    nextOffsets.forEach((next, i) => {
      u16(0, 8 + i * 6); // no entries
      u32(next, 8 + i * 6 + 2);
    });
    return bytes;
  }

  it('follows the IFD chain in either byte order', () => {
    expect(countTiffPages(tiff('II', [14, 20, 0]))).toBe(3);
    expect(countTiffPages(tiff('MM', [14, 0]))).toBe(2);
  });

  it('gives up (null) on loops and offsets past the end instead of hanging or throwing', () => {
    expect(countTiffPages(tiff('II', [14, 8]))).toBeNull();
    expect(countTiffPages(tiff('II', [9999]))).toBeNull();
    expect(countTiffPages(Buffer.from('II*\x00', 'latin1'))).toBeNull();
  });
});
