import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateLetter } from '@claimlane/domain-letters';
import { renderTestPdf } from '@claimlane/testing-fixtures';
import { renderLetterPdf } from '../render/letter-pdf';
import { DEFAULT_LETTERHEAD } from '../render/letterhead';
import { readPdf } from '../render/pdf-readback.test-helper';
import { sampleLetterFacts } from '../render/sample-letter.test-helper';
import { buildPacket, PacketError } from './build-packet';
import type { PacketInput, PacketManifest } from './packet.types';

async function input(): Promise<PacketInput> {
  const letter = generateLetter('level1_appeal', sampleLetterFacts('erisa_group_health'));
  const cover = await renderLetterPdf(letter, {
    letterhead: DEFAULT_LETTERHEAD,
    date: '2025-03-01',
    final: true,
    signOff: null,
  });
  const chart = await renderTestPdf(
    Array.from({ length: 5 }, (_, i) => ({ text: `Chart note page ${i + 1}` })),
  );
  return {
    coverLetterPdf: cover,
    summary: {
      title: 'Appeal packet',
      caseLines: ['Member: Pat Doe', 'Claim CLM-889'],
      reasons: ['Not medically necessary'],
      criteria: [{ ref: '1', criterion: 'Six weeks of PT', cites: 'Exhibit A, pp. 2–3' }],
      request: 'Reverse the denial.',
    },
    timeline: [
      { date: '2025-02-20', event: 'Denial issued', exhibitLabel: null, source: 'denial' },
      { date: '2025-03-01', event: 'Chart notes', exhibitLabel: 'A', source: 'document' },
    ],
    exhibits: [
      {
        label: 'A',
        title: 'Chart notes',
        sealSha256: 'a'.repeat(64),
        documentSha256: 'b'.repeat(64),
        source: { kind: 'pdf', bytes: chart.bytes, pageFrom: 2, pageTo: 4 },
      },
      {
        label: 'B',
        title: 'Call record',
        sealSha256: null,
        documentSha256: 'c'.repeat(64),
        source: { kind: 'text', pages: ['Call with Acme, ref 77-ABC'] },
      },
    ],
    batesPrefix: 'CL-',
    createdOn: '2025-03-01',
  };
}

describe('buildPacket', () => {
  it('merges cover, summary, timeline, exhibit list and stamped exhibits with outline and manifest', async () => {
    const progress: number[] = [];
    const packet = await buildPacket(await input(), (p) => void progress.push(p));
    const back = await readPdf(packet.bytes);
    const m = packet.manifest;
    expect(back.pages.length).toBe(packet.totalPages);
    expect(m.totalPages).toBe(packet.totalPages);
    expect(m.sections.map((s) => s.title)).toEqual([
      'Cover letter',
      'Summary',
      'Timeline',
      'Exhibit list',
      'Exhibit A — Chart notes',
      'Exhibit B — Call record',
    ]);
    expect(back.outline).toEqual(m.sections.map((s) => s.title));

    const a = m.exhibits[0]!;
    expect(a.pageCount).toBe(3);
    expect(a.packetPageTo - a.packetPageFrom).toBe(2);
    // Exhibit A page 1 is source page 2; stamped and Bates-numbered as page content.
    const firstA = back.pages[a.packetPageFrom - 1]!;
    expect(firstA).toContain('Chart note page 2');
    expect(firstA).toContain('Exhibit A — page 1 of 3');
    expect(firstA).toContain(`CL-${String(a.packetPageFrom).padStart(6, '0')}`);
    expect(back.pages[a.packetPageTo - 1]).toContain('Exhibit A — page 3 of 3');
    expect(back.pages[m.exhibits[1]!.packetPageFrom - 1]).toContain('Exhibit B — page 1 of 1');
    expect(back.annotationsPerPage.every((n) => n === 0)).toBe(true);
    // Every page carries its Bates number, numbered from 1 across the packet.
    back.pages.forEach((p, i) => expect(p).toContain(`CL-${String(i + 1).padStart(6, '0')}`));

    const summaryPage = back.pages[m.sections[1]!.packetPageFrom - 1]!;
    expect(summaryPage).toContain('Summary');
    expect(m.sections[1]!.packetPageTo).toBe(m.sections[1]!.packetPageFrom);
    expect(back.pages[m.sections[2]!.packetPageFrom - 1]).toContain('Denial issued');
    const list = back.pages[m.sections[3]!.packetPageFrom - 1]!;
    expect(list.replace(/\s/g, '')).toContain('a'.repeat(64));
    expect(list).toContain(`${a.packetPageFrom}–${a.packetPageTo}`);

    const attached = JSON.parse(
      Buffer.from(back.attachments['manifest.json']!).toString('utf8'),
    ) as PacketManifest;
    expect(attached).toEqual(m);
    expect(packet.sha256).toBe(createHash('sha256').update(packet.bytes).digest('hex'));
    expect(progress[progress.length - 1]).toBe(100);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  it('refuses a page range beyond the source and an unreadable source, with codes', async () => {
    const base = await input();
    const bad = {
      ...base,
      exhibits: [
        {
          ...base.exhibits[0]!,
          source: {
            kind: 'pdf' as const,
            bytes: (base.exhibits[0]!.source as { bytes: Uint8Array }).bytes,
            pageFrom: 4,
            pageTo: 9,
          },
        },
      ],
    };
    await expect(buildPacket(bad)).rejects.toMatchObject({ code: 'PACKET_PAGE_RANGE' });
    const junk = {
      ...base,
      exhibits: [
        {
          ...base.exhibits[0]!,
          source: {
            kind: 'pdf' as const,
            bytes: Buffer.from('%PDF-1.7 garbage'),
            pageFrom: 1,
            pageTo: 1,
          },
        },
      ],
    };
    await expect(buildPacket(junk)).rejects.toBeInstanceOf(PacketError);
  });
});
