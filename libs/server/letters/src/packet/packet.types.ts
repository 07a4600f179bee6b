import type { TimelineEntry } from '@claimlane/domain-letters';

export type PacketExhibitSource =
  | { kind: 'pdf'; bytes: Uint8Array; pageFrom: number; pageTo: number }
  | { kind: 'text'; pages: string[] };

export interface PacketExhibitInput {
  label: string;
  title: string;
  sealSha256: string | null;
  documentSha256: string;
  source: PacketExhibitSource;
}

export interface PacketSummary {
  title: string;
  caseLines: string[];
  reasons: string[];
  criteria: Array<{ ref: string; criterion: string; cites: string }>;
  request: string;
}

export interface PacketInput {
  coverLetterPdf: Uint8Array;
  summary: PacketSummary;
  timeline: TimelineEntry[];
  exhibits: PacketExhibitInput[];
  /** Bates prefix, e.g. "CL-3F2A-": numbers run packet-wide from 1. */
  batesPrefix: string;
  createdOn: string;
}

export interface PacketManifestExhibit {
  label: string;
  title: string;
  pageCount: number;
  packetPageFrom: number;
  packetPageTo: number;
  batesFrom: string;
  batesTo: string;
  sealSha256: string | null;
  documentSha256: string;
  /** SHA-256 of the exhibit's pages as they were copied (the source file's bytes for the range). */
  sourceSha256: string;
}

export interface PacketManifest {
  version: 1;
  createdOn: string;
  coverLetterSha256: string;
  totalPages: number;
  sections: Array<{ title: string; packetPageFrom: number; packetPageTo: number }>;
  exhibits: PacketManifestExhibit[];
}

export interface BuiltPacket {
  bytes: Uint8Array;
  sha256: string;
  totalPages: number;
  manifest: PacketManifest;
}

export type PacketProgress = (percent: number, stage: string) => void | Promise<void>;
