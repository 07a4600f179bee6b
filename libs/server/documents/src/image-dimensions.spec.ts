import { describe, expect, it } from 'vitest';
import { stripedPng } from '@claimlane/testing-fixtures';
import { imageDimensions } from './image-dimensions';

const u16be = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

describe('imageDimensions reads the declared size from the header only', () => {
  it('PNG (a real one and a header that lies)', () => {
    expect(imageDimensions(stripedPng(40, 30), 'image/png')).toEqual({ width: 40, height: 30 });
    const lie = Buffer.from(stripedPng(4, 4));
    lie.writeUInt32BE(100_000, 16);
    lie.writeUInt32BE(90_000, 20);
    expect(imageDimensions(lie, 'image/png')).toEqual({ width: 100_000, height: 90_000 });
  });

  it('JPEG: skips APP segments to the start of frame', () => {
    const app0 = [0xff, 0xe0, ...u16be(16), ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const sof = [
      0xff,
      0xc2,
      ...u16be(17),
      8,
      ...u16be(2200),
      ...u16be(1700),
      3,
      1,
      0x11,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
    ];
    const jpeg = Uint8Array.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
    expect(imageDimensions(jpeg, 'image/jpeg')).toEqual({ width: 1700, height: 2200 });
    expect(imageDimensions(Uint8Array.from([0xff, 0xd8, 0x00, 0x00]), 'image/jpeg')).toBeNull();
  });

  it('GIF, BMP and TIFF', () => {
    const gif = Uint8Array.from([...Buffer.from('GIF89a'), ...u16le(640), ...u16le(480), 0, 0, 0]);
    expect(imageDimensions(gif, 'image/gif')).toEqual({ width: 640, height: 480 });
    const bmp = new Uint8Array(30);
    bmp.set([0x42, 0x4d], 0);
    bmp.set(u32le(800), 18);
    bmp.set(u32le(-600 >>> 0), 22);
    expect(imageDimensions(bmp, 'image/bmp')).toEqual({ width: 800, height: 600 });
    const entry = (tag: number, type: number, value: number) => [
      ...u16le(tag),
      ...u16le(type),
      ...u32le(1),
      ...u32le(value),
    ];
    const tiff = Uint8Array.from([
      0x49,
      0x49,
      0x2a,
      0x00,
      ...u32le(8),
      ...u16le(2),
      ...entry(256, 4, 70_000),
      ...entry(257, 3, 5_000),
      ...u32le(0),
    ]);
    expect(imageDimensions(tiff, 'image/tiff')).toEqual({ width: 70_000, height: 5_000 });
  });
});
