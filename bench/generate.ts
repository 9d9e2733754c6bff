// A deterministic generator of realistic synthetic registries for the benchmark: the same seed
// and size always give the same file. N standards of five kinds, each with two to four base
// versions replacing one another, amendments and UN supplements (some on an old series after the
// next one exists), GB editions replacing GB/T standards (across standards and kinds), references
// and adoptions, and on one standard in five a clause tree with text in Chinese and English.
import type { ClauseRecord, CommitteeRecord, RegistryFile, StandardRecord, VersionRecord } from '../src/domain/interchange/format.ts';

/** mulberry32: a small seeded PRNG, good enough to vary synthetic data reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Parallel English / Chinese vocabulary, so titles and clauses read like the real thing and
// two-word queries (`traction battery`, `动力蓄电池 安全`) have realistic hit counts.
export const SUBJECTS: readonly [string, string][] = [
  ['Electric vehicles', '电动汽车'], ['Passenger cars', '乘用车'], ['Commercial vehicles', '商用车辆'],
  ['Motorcycles', '摩托车'], ['Fuel cell vehicles', '燃料电池汽车'], ['Hybrid electric vehicles', '混合动力电动汽车'],
  ['Heavy-duty vehicles', '重型车辆'], ['Buses', '客车'], ['Trailers', '挂车'], ['Road vehicles', '道路车辆'],
];
export const TOPICS: readonly [string, string][] = [
  ['traction battery safety requirements', '动力蓄电池安全要求'], ['braking systems performance and test methods', '制动系统性能要求及试验方法'],
  ['electromagnetic compatibility', '电磁兼容性'], ['cybersecurity management system', '信息安全管理体系'],
  ['software update management', '软件升级管理'], ['lighting and light-signalling devices', '照明及光信号装置'],
  ['occupant protection in frontal collision', '正面碰撞乘员保护'], ['fuel consumption test methods', '燃料消耗量试验方法'],
  ['exhaust emissions limits and measurement', '排气污染物排放限值及测量方法'], ['tyre rolling resistance', '轮胎滚动阻力'],
  ['charging interface', '充电接口'], ['hydrogen storage system', '车载氢系统'], ['steering equipment', '转向装置'],
  ['seat belt anchorages', '安全带固定点'], ['functional safety', '功能安全'], ['noise emission', '噪声排放'],
  ['thermal runaway of traction battery', '动力蓄电池热失控'], ['automated lane keeping systems', '自动车道保持系统'],
];
const CLAUSE_SENTENCES: readonly string[] = [
  '电池单体发生热失控后，电池系统在5 min内不应起火、不应爆炸。',
  'The cell shall not catch fire or explode during the overcharge test.',
  '试验应在环境温度25 °C ± 5 °C下进行。',
  'The braking distance shall not exceed the value given in Table 2.',
  '车辆应在干燥、平整的试验道路上进行测试。',
  'The manufacturer shall demonstrate that the cybersecurity risks are managed.',
  '充电接口应具有防止误插入的结构。',
  'Measurements shall be repeated three times and the mean value recorded.',
  '外壳防护等级应不低于IP67。',
  'The vehicle shall be conditioned at the test temperature for at least 8 hours.',
  '制动系统应保证车辆在各种载荷条件下安全停车。',
  'The software update shall not affect the safety of the vehicle during the update.',
];

const KINDS = ['GB', 'GB_T', 'ISO', 'SAE', 'UN_R'] as const;
type Kind = (typeof KINDS)[number];

/** Root designation of standard `i` (unique per index). */
export function rootOf(i: number): { kind: Kind; root: string } {
  const kind = KINDS[i % KINDS.length]!;
  const n = 10000 + i;
  const root = { GB: `GB ${n}`, GB_T: `GB/T ${n}`, ISO: `ISO ${n}`, SAE: `SAE J${n}`, UN_R: `UN R${n}` }[kind];
  return { kind, root };
}

const pad = (n: number) => String(n).padStart(2, '0');

function clauseTree(random: () => number): ClauseRecord[] {
  const sentence = () => CLAUSE_SENTENCES[Math.floor(random() * CLAUSE_SENTENCES.length)]!;
  const headings = ['范围 Scope', '术语和定义 Terms and definitions', '要求 Requirements', '试验方法 Test methods', '检验规则 Inspection rules'];
  return headings.map((heading, k) => ({
    number: String(k + 1),
    heading,
    ...(k === 1 ? { informative: true } : {}),
    text: sentence(),
    ...(k >= 2 ? { clauses: [1, 2].map((m) => ({ number: `${k + 1}.${m}`, heading: `${heading.split(' ')[0]} ${m}`, text: `${sentence()} ${sentence()}` })) } : {}),
  }));
}

/** Base versions and modifications of standard `i`, in the order a publisher lists them. */
function versionsOf(kind: Kind, root: string, random: () => number): VersionRecord[] {
  const y = 1995 + Math.floor(random() * 12);
  const editions = 2 + Math.floor(random() * 3);
  const step = 5 + Math.floor(random() * 4);
  const years = Array.from({ length: editions }, (_, k) => y + k * step);
  const month = pad(1 + Math.floor(random() * 12));
  if (kind === 'UN_R') {
    const series = years.map((_, k) => `${root} ${pad(k)} series`);
    return years.flatMap((year, k): VersionRecord[] => [
      {
        designation: series[k]!,
        type: 'SERIES',
        published: null,
        effective: `${year}-${month}-10`,
        ...(k > 0 ? { mandatoryNewTypes: `${year + 2}-09-01`, mandatoryExistingTypes: `${year + 4}-09-01` } : {}),
        replaces: k > 0 ? [series[k - 1]!] : [],
      },
      // Supplements to this series, one of them after the next series exists (series run in parallel).
      { designation: `${series[k]} Suppl. 1`, type: 'SUPPLEMENT', base: series[k], published: null, effective: `${year + 1}-${month}-15`, replaces: [] },
      { designation: `${series[k]} Suppl. 2`, type: 'SUPPLEMENT', base: series[k], published: null, effective: `${year + step + 1}-01-15`, replaces: [] },
    ]);
  }
  const name = (year: number) => (kind === 'ISO' ? `${root}:${year}` : kind === 'SAE' ? `${root}_${year}${month}` : `${root}-${year}`);
  const published = (year: number) => (kind === 'ISO' || kind === 'SAE' ? `${year}-${month}` : `${year}-${month}-15`);
  const effective = (year: number) => (kind === 'GB' || kind === 'GB_T' ? `${year + 1}-01-01` : null);
  return years.flatMap((year, k): VersionRecord[] => {
    const edition: VersionRecord = {
      designation: name(year),
      type: 'EDITION',
      published: published(year),
      effective: effective(year),
      ...(kind === 'GB' && k > 0 ? { mandatoryNewTypes: `${year + 2}-01-01`, mandatoryExistingTypes: `${year + 3}-01-01` } : {}),
      replaces: k > 0 ? [name(years[k - 1]!)] : [],
    };
    if (random() < 0.3) return [edition];
    const amendment: VersionRecord = {
      designation: kind === 'GB' || kind === 'GB_T' ? `${name(year)}/XG1-${year + 2}` : `${name(year)}/Amd 1:${year + 2}`,
      type: 'AMENDMENT',
      base: name(year),
      published: published(year + 2),
      effective: effective(year + 2),
      replaces: [],
    };
    return [edition, amendment];
  });
}

/**
 * A `standards-registry/v1` file of `count` standards, deterministic for `seed`. Committees: 10
 * technical committees with 4 subcommittees each; one standard in nine has none.
 */
export function generateRegistry(count: number, seed = 1): RegistryFile {
  const random = prng(seed);
  const committees: CommitteeRecord[] = Array.from({ length: 10 }, (_, t) => [
    { code: `SYN/TC${t}`, name: { en: `Synthetic committee ${t}`, zh: `合成技术委员会 ${t}` }, parent: null },
    ...Array.from({ length: 4 }, (_, s) => ({ code: `SYN/TC${t}/SC${s}`, name: { en: `Subcommittee ${t}.${s}`, zh: `分委员会 ${t}.${s}` }, parent: `SYN/TC${t}` })),
  ]).flat();
  const standards: StandardRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const { kind, root } = rootOf(i);
    const [subjectEn, subjectZh] = SUBJECTS[Math.floor(random() * SUBJECTS.length)]!;
    const [topicEn, topicZh] = TOPICS[Math.floor(random() * TOPICS.length)]!;
    const versions = versionsOf(kind, root, random);
    const bases = versions.filter((v) => v.type === 'EDITION' || v.type === 'SERIES');
    const latest = bases[bases.length - 1]!;
    // One GB in four replaces the latest edition of the GB/T standard just before it (kinds cycle, so i - 4).
    if (kind === 'GB' && i >= 4 && random() < 0.25) {
      const replaced = standards[i - 4]!.versions.filter((v) => v.type === 'EDITION');
      const target = replaced[replaced.length - 1]!;
      if ((target.effective ?? '') < (latest.effective ?? '')) latest.replaces = [...latest.replaces, target.designation];
    }
    if (i % 3 === 0 && i > 0) latest.references = [{ designation: rootOf(i - 1).root, normative: true }];
    if (kind === 'GB_T' && i % 10 === 1) latest.adopts = { designation: `ISO ${20000 + i}:2019`, degree: 'MOD' };
    if (i % 5 === 2) latest.clauses = clauseTree(random);
    standards.push({
      designation: root,
      kind,
      title: { en: `${subjectEn} — ${topicEn}`, ...(kind === 'GB' || kind === 'GB_T' ? { zh: `${subjectZh}${topicZh}` } : {}) },
      publisher: { GB: 'SAMR/SAC', GB_T: 'SAMR/SAC', ISO: 'ISO', SAE: 'SAE International', UN_R: 'UNECE' }[kind],
      committee: i % 9 === 0 ? null : committees[i % committees.length]!.code,
      versions,
    });
  }
  return { format: 'standards-registry/v1', committees, standards };
}
