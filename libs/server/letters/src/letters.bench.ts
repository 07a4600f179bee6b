// Letter render (target ≤ 150 ms) and a 200-page exhibit packet (target ≤ 3 s, memory flat), each
// with a baseline measured in the same process: a bare pdfkit page, and a bare pdf-lib merge of the
// same 200 pages (no stamps, outline or manifest). Run: node scripts/build.mjs && npm run bench -- letters
import PDFDocument from 'pdfkit';
import { PDFDocument as LibDocument } from '@cantoo/pdf-lib';
import { generateLetter, type LetterFacts } from '@claimlane/domain-letters';
import { renderTestPdf } from '@claimlane/testing-fixtures';
import { buildPacket } from './packet/build-packet';
import type { PacketInput } from './packet/packet.types';
import { renderLetterDocx } from './render/letter-docx';
import { renderLetterPdf } from './render/letter-pdf';
import { DEFAULT_LETTERHEAD, type RenderMeta } from './render/letterhead';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

function facts(): LetterFacts {
  const criteria = Array.from({ length: 12 }, (_, i) => ({
    id: `c${i}`,
    ref: String(i + 1),
    parentRef: null,
    text: `Criterion ${i + 1}: documented conservative therapy and objective findings for at least 6 weeks`,
    group: null,
    groupMin: null,
    evidence: [
      {
        exhibitLabel: 'A',
        pageFrom: i + 1,
        pageTo: i + 2,
        quote: `Record text ${i + 1} quoted exactly from the chart`,
      },
    ],
    explanation: null,
    clinicianAnswer: `Answer for criterion ${i + 1}, citing the exhibit and page where it is documented.`,
  }));
  return {
    regime: 'erisa_group_health',
    behavioralHealth: true,
    payerName: 'Acme Health Plan',
    memberName: 'Pat Doe',
    memberId: 'XJ-1234',
    claimNumber: 'CLM-889',
    serviceDescription: 'MRI lumbar spine (CPT 72148)',
    serviceDate: '2025-02-03',
    denialDate: '2025-02-20',
    denialReasons: [
      'Not medically necessary',
      'No neurological deficit',
      'Conservative therapy not documented',
    ],
    criteriaReceived: true,
    policyRef: 'CP-0451 (version 2025-01)',
    criteria,
    exhibits: [{ label: 'A', title: 'Chart notes', pageCount: 50 }],
    nextQuestions: [],
    memberAppealDue: '2025-08-19',
    appealSubmittedOn: null,
    payerDecisionDue: null,
    level: 1,
  };
}

function barePdfkitPage(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('Baseline page');
    doc.end();
  });
}

async function main(): Promise<void> {
  const meta: RenderMeta = {
    letterhead: {
      ...DEFAULT_LETTERHEAD,
      organization: 'Riverside Spine Clinic',
      signerName: 'Dr. Zoë Ng',
    },
    date: '2025-03-01',
    final: true,
    signOff: null,
  };
  const f = facts();
  await renderLetterPdf(generateLetter('provider_medical_necessity', f), meta); // loads fonts
  for (let i = 0; i < 5; i += 1) await barePdfkitPage();
  const base = median(await time(30, barePdfkitPage));
  const pdf = median(
    await time(30, () => renderLetterPdf(generateLetter('provider_medical_necessity', f), meta)),
  );
  const appeal = median(
    await time(30, () => renderLetterPdf(generateLetter('level1_appeal', f), meta)),
  );
  const small = {
    ...f,
    criteria: f.criteria.slice(0, 3),
    denialReasons: f.denialReasons.slice(0, 1),
  };
  const smallPdf = median(
    await time(30, () => renderLetterPdf(generateLetter('level1_appeal', small), meta)),
  );
  const docx = median(
    await time(30, () => renderLetterDocx(generateLetter('level1_appeal', f), meta)),
  );
  const pages = (await renderLetterPdf(generateLetter('provider_medical_necessity', f), meta))
    .length;
  console.log(`bare pdfkit page (baseline)          median ${base.toFixed(1)} ms`);
  console.log(
    `provider letter, 12 criteria → PDF   median ${pdf.toFixed(1)} ms  (${(pdf / base).toFixed(1)}× baseline, ${(pages / 1024).toFixed(0)} KiB)  target ≤ 150 ms`,
  );
  console.log(
    `level-1 appeal + criteria table → PDF median ${appeal.toFixed(1)} ms  (${(appeal / base).toFixed(1)}× baseline)`,
  );
  console.log(
    `level-1 appeal, 3 criteria → PDF median ${smallPdf.toFixed(1)} ms  (${(smallPdf / base).toFixed(1)}× baseline)`,
  );
  console.log(`level-1 appeal → DOCX                median ${docx.toFixed(1)} ms`);

  // 200 exhibit pages from four 50-page chart PDFs.
  const sources = await Promise.all(
    [0, 1, 2, 3].map((k) =>
      renderTestPdf(
        Array.from({ length: 50 }, (_, i) => ({
          text: `Chart ${k} page ${i + 1}\n${'Progress note text. '.repeat(60)}`,
        })),
      ),
    ),
  );
  const cover = await renderLetterPdf(generateLetter('level1_appeal', f), meta);
  const input: PacketInput = {
    coverLetterPdf: cover,
    summary: {
      title: 'Packet',
      caseLines: ['Claim CLM-889'],
      reasons: f.denialReasons,
      criteria: f.criteria.map((c) => ({
        ref: c.ref,
        criterion: c.text,
        cites: 'Exhibit A, p. 2',
      })),
      request: 'Reverse the denial.',
    },
    timeline: Array.from({ length: 20 }, (_, i) => ({
      date: `2025-01-${String(i + 1).padStart(2, '0')}`,
      event: `Event ${i + 1}`,
      exhibitLabel: 'A',
      source: 'document' as const,
    })),
    exhibits: sources.map((s, k) => ({
      label: String.fromCharCode(65 + k),
      title: `Chart notes ${k + 1}`,
      sealSha256: 'a'.repeat(64),
      documentSha256: 'b'.repeat(64),
      source: { kind: 'pdf' as const, bytes: s.bytes, pageFrom: 1, pageTo: 50 },
    })),
    batesPrefix: 'CL-',
    createdOn: '2025-03-01',
  };
  const bareMerge = async () => {
    const out = await LibDocument.create();
    for (const s of sources) {
      const src = await LibDocument.load(s.bytes);
      for (const p of await out.copyPages(src, src.getPageIndices())) out.addPage(p);
    }
    return out.save();
  };
  await bareMerge();
  const mergeTimes = await time(3, bareMerge);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const heaps: number[] = [];
  let total = 0;
  const times = await time(5, async () => {
    const built = await buildPacket(input);
    total = built.totalPages;
    gc();
    heaps.push(process.memoryUsage().heapUsed);
  });
  const pm = median(times);
  const bm = median(mergeTimes);
  console.log(`bare pdf-lib merge of 200 pages (baseline) median ${bm.toFixed(0)} ms`);
  console.log(
    `packet (${total} pages: cover, summary, timeline, list, 200 stamped exhibit pages) median ${pm.toFixed(0)} ms (${(pm / bm).toFixed(1)}× baseline; min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})  target ≤ 3000 ms`,
  );
  console.log(
    `heap after gc: before ${mb(heap0)} MB, after each of 5 builds ${heaps.map(mb).join(' / ')} MB; rss ${mb(rss0)} → ${mb(process.memoryUsage().rss)} MB`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
