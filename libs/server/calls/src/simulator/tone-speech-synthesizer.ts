import type { SpeechSynthesizer } from '../call-provider.port';

const RATE = 8000;
const MS_PER_WORD = 40;
const GAP_MS = 120;

/**
 * LOCAL STAND-IN for speech synthesis: renders each turn as a tone (assistant 440 Hz, representative
 * 330 Hz) as long as its words would take to say, into an 8 kHz 8-bit mono WAV. It carries the call's
 * shape and timing, no words, so the simulator's "recording" holds no PHI.
 */
export class ToneSpeechSynthesizer implements SpeechSynthesizer {
  synthesize(turns: Array<{ speaker: 'assistant' | 'representative'; text: string }>) {
    const segments = turns.map((t) => ({
      hz: t.speaker === 'assistant' ? 440 : 330,
      ms: Math.min(20_000, Math.max(200, t.text.split(/\s+/).length * MS_PER_WORD)),
    }));
    const samples = segments.reduce((n, s) => n + ((s.ms + GAP_MS) * RATE) / 1000, 0);
    const data = Buffer.alloc(Math.round(samples), 128);
    let at = 0;
    for (const s of segments) {
      const n = Math.round((s.ms * RATE) / 1000);
      const period = periodOf(s.hz);
      // Copying whole periods of a precomputed wave is ~10x faster than a sine per sample.
      for (let i = 0; i < n; i += period.length)
        period.copy(data, at + i, 0, Math.min(period.length, n - i));
      at += n + Math.round((GAP_MS * RATE) / 1000);
    }
    return {
      mime: 'audio/wav',
      bytes: wav(data),
      durationMs: Math.round((data.length / RATE) * 1000),
    };
  }
}

const periods = new Map<number, Buffer>();
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** One full period of an 8-bit sine at `hz` (RATE / gcd(hz, RATE) samples). */
function periodOf(hz: number): Buffer {
  let p = periods.get(hz);
  if (!p) {
    const n = RATE / gcd(hz, RATE);
    p = Buffer.alloc(n);
    for (let i = 0; i < n; i++)
      p[i] = 128 + Math.round(40 * Math.sin((2 * Math.PI * hz * i) / RATE));
    periods.set(hz, p);
  }
  return p;
}

function wav(pcm: Buffer): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + pcm.length, 4);
  h.write('WAVE', 8);
  h.write('fmt ', 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE, 28); // byte rate (8-bit mono)
  h.writeUInt16LE(1, 32);
  h.writeUInt16LE(8, 34);
  h.write('data', 36);
  h.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([h, pcm]);
}
