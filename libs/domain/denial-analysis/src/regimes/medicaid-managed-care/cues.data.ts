import type { Cue } from '../../classify/cue.types';

/**
 * Cues for medicaid_managed_care notices. Weights: 5/4 = names the program or statute, 3 = a form or body only
 * this regime uses, 1-2 = supporting. "Medicare" alone votes for both Medicare regimes; the
 * MA/FFS-specific cues break the tie.
 */
export const CUES: readonly Cue<'medicaid_managed_care'>[] = [
  {
    id: 'medicaid',
    target: 'medicaid_managed_care',
    weight: 4,
    hints: ['medicaid'],
    // The CMS name on every Medicare notice is not a Medicaid cue.
    re: /(?<!Centers for Medicare (?:&|and) )\bMedicaid\b/i,
    why: 'names Medicaid',
  },
  {
    id: 'medicaid_managed_care',
    target: 'medicaid_managed_care',
    weight: 2,
    hints: ['managed'],
    re: /\bMedicaid Managed Care\b|\bmanaged care (?:organization|plan)\b/i,
    why: 'a Medicaid managed care plan',
  },
  {
    id: 'fair_hearing',
    target: 'medicaid_managed_care',
    weight: 3,
    hints: ['hearing'],
    re: /\b(?:state )?fair hearing\b|\bstate hearing\b/i,
    why: 'offers a state fair hearing (Medicaid)',
  },
  {
    id: 'mmc',
    target: 'medicaid_managed_care',
    weight: 3,
    hints: ['mmc', 'mltc', 'mco', 'chip'],
    re: /\bMMC\b|\bMLTC\b|\bMCO\b|\bCHIP\b/,
    why: 'a Medicaid managed care / MLTC / CHIP plan',
  },
  {
    // Each state's own names for its Medicaid and CHIP programs: letters often name the program and
    // never the word Medicaid.
    id: 'state_program',
    target: 'medicaid_managed_care',
    weight: 4,
    hints: [
      'medi',
      'masshealth',
      'tenncare',
      'soonercare',
      'apple',
      'badgercare',
      'husky',
      'assistance',
      'ahcccs',
      'kidscare',
      'kidcare',
      'arkids',
      'peachcare',
      'hoosier',
      'healthy',
      'kancare',
      'mainecare',
      'minnesotacare',
      'mississippican',
      'healthnet',
      'familycare',
      'centennial',
      'turquoise',
      'child',
      'oregon',
      'rite',
      'coverkids',
      'star',
      'dynasaur',
      'cardinal',
      'famis',
      'mountain',
      'hawki',
      'quest',
      'first',
      'denali',
    ],
    re: /\bMedi-Cal\b|\bMassHealth\b|\bTennCare\b|\bCoverKids\b|\bSoonerCare\b|\bApple Health\b|\bBadgerCare\b|\bHUSKY\b|\bMedical Assistance\b|\bAHCCCS\b|\bKidsCare\b|\b(?:Florida|Denali|Kid Care) ?KidCare\b|\bKid Care CHIP\b|\bARKids First\b|\bPeachCare\b|\bHoosier (?:Healthwise|Care Connect)\b|\bHealthy Indiana Plan\b|\bKanCare\b|\bMaineCare\b|\bMinnesotaCare\b|\bMississippiCAN\b|\bMO HealthNet\b|\bNJ FamilyCare\b|\bCentennial Care\b|\bTurquoise Care\b|\bChild Health Plus\b|\bChild Health Plan Plus\b|\bCHP\+|\bOregon Health Plan\b|\bRIte Care\b|\bHealthy (?:Louisiana|Michigan Plan|Connections Medicaid|Montana Kids)\b|\bLaCHIP\b|\bMIChild\b|\bSTAR(?:\+PLUS| Kids| Health)\b|\bDr\.? Dynasaur\b|\bCardinal Care\b|\bFAMIS\b|\bMountain Health Trust\b|\bHawki\b|\bMed-QUEST\b|\bQUEST Integration\b|\bHealth First Colorado\b/,
    why: 'a state Medicaid or CHIP program name',
  },
  {
    id: 'enrollee',
    target: 'medicaid_managed_care',
    weight: 1,
    hints: ['enrollee'],
    re: /\bEnrollee\b/i,
    why: 'addresses an enrollee',
  },
];
