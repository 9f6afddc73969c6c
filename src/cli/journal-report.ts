import type { IntegrityProblem } from '../domain/journal-integrity.js';
import type { VerifyReport } from '../usecases/verify-journals.js';

/**
 * One line per finding, Norwegian first and English second, naming the case and entry (or the checkpoint)
 * and what was found. Case references only: a journal check never prints identity data.
 */
export function describeProblem(p: IntegrityProblem): string {
  switch (p.kind) {
    case 'entry_changed': return `${p.imiId} #${p.seq}: oppføringen er endret / entry changed`;
    case 'chain_rewritten': return `${p.imiId} #${p.fromSeq}-#${p.fromSeq + p.entries - 1}: kjeden er skrevet om uten journalnøkkelen / chain rewritten without the journal key`;
    case 'entry_missing': return `${p.imiId} #${range(p.fromSeq, p.toSeq)}: oppføring fjernet / entry removed`;
    case 'entry_out_of_order': return `${p.imiId} #${p.seq}: oppføringene er stokket om (står etter #${p.afterSeq}) / entries reordered (stands after #${p.afterSeq})`;
    case 'broken_link': return `${p.imiId} #${p.seq}: peker ikke på oppføringen før / does not link to the entry before it`;
    case 'head_count_mismatch':
      return `${p.imiId}: hodet teller ${p.headCount} oppføringer, ${p.stored} er lagret (kuttet eller fjernet på slutten) / head counts ${p.headCount} entries, ${p.stored} stored (truncated or removed at the end)`;
    case 'head_hash_mismatch': return `${p.imiId} #${p.seq}: siste oppføring er ikke den hodet peker på / last entry is not the one the head names`;
    case 'head_forged': return `${p.imiId}: hodet er ikke signert med journalnøkkelen (forfalsket) / head not signed with the journal key (forged)`;
    case 'journal_malformed': return `${p.imiId}: journalen er ødelagt: ${p.detail} / journal malformed: ${p.detail}`;
    case 'case_missing': return `${p.imiId}: saken er slettet (sjekkpunkt ${p.day} hadde ${p.count} oppføringer) / case deleted (checkpoint ${p.day} recorded ${p.count} entries)`;
    case 'case_truncated':
      return `${p.imiId}: kuttet: sjekkpunkt ${p.day} hadde ${p.recorded} oppføringer, ${p.stored} er lagret / truncated: checkpoint ${p.day} recorded ${p.recorded} entries, ${p.stored} stored`;
    case 'case_diverged': return `${p.imiId} #${p.seq}: historikken er skrevet om siden sjekkpunkt ${p.day} / history rewritten since checkpoint ${p.day}`;
    case 'checkpoint_forged': return `sjekkpunkt ${p.day} (nr. ${p.n}): endret eller forfalsket / checkpoint ${p.day} (no. ${p.n}): altered or forged`;
    case 'checkpoint_missing':
      return `sjekkpunkt nr. ${range(p.fromN, p.toN)} mangler (fjernet) før ${p.beforeDay} / checkpoint no. ${range(p.fromN, p.toN)} missing (removed) before ${p.beforeDay}`;
    case 'checkpoint_broken_link': return `sjekkpunkt ${p.day} (nr. ${p.n}): peker ikke på sjekkpunktet før / checkpoint ${p.day} (no. ${p.n}): does not link to the one before`;
    case 'checkpoint_duplicate': return `sjekkpunkt ${p.day}: nr. ${p.n} finnes to ganger / checkpoint ${p.day}: no. ${p.n} exists twice`;
    case 'checkpoint_out_of_order': return `sjekkpunkt ${p.day} står etter ${p.afterDay} / checkpoint ${p.day} stands after ${p.afterDay}`;
    case 'checkpoint_part_missing': return `sjekkpunkt ${p.day}: del ${p.part} mangler / checkpoint ${p.day}: part ${p.part} missing`;
    case 'checkpoint_part_forged': return `sjekkpunkt ${p.day}: del ${p.part} er endret eller forfalsket / checkpoint ${p.day}: part ${p.part} altered or forged`;
    case 'checkpoint_overdue':
      return p.latestDay
        ? `siste sjekkpunkt er fra ${p.latestDay}, ${p.days} dager gammelt (jobben går ikke, eller nyere er fjernet) / latest checkpoint is from ${p.latestDay}, ${p.days} days old (job not running, or newer ones removed)`
        : `ingen sjekkpunkt, selv om saker finnes fra ${p.days} dager siden (går den daglige jobben?) / no checkpoint although cases date back ${p.days} days (is the daily job running?)`;
  }
}

function range(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** The whole report as an operator reads it. */
export function formatReport(report: VerifyReport): string {
  const lines = [
    'Journalkontroll / Journal verification',
    `  saker / cases: ${report.cases}, oppføringer / entries: ${report.entries}, sjekkpunkter / checkpoints: ${report.checkpoints}`,
    report.comparedWith
      ? `  sammenlignet med sjekkpunkt / compared with checkpoint ${report.comparedWith.day} (nr./no. ${report.comparedWith.n}, ${report.comparedWith.caseCount} saker/cases, mac ${report.comparedWith.mac.slice(0, 16)}…)`
      : '  intet gyldig sjekkpunkt å sammenligne med / no valid checkpoint to compare with',
  ];
  if (report.intact) {
    lines.push('Resultat / Result: ingen funn, journalen er intakt / no findings, the journal is intact');
  } else {
    lines.push(`Funn / Findings (${report.problems.length}):`, ...report.problems.map((p) => `  - ${describeProblem(p)}`));
    lines.push(`Resultat / Result: ${report.problems.length} funn, journalen er IKKE intakt / ${report.problems.length} findings, the journal is NOT intact`);
  }
  return `${lines.join('\n')}\n`;
}
