// A deterministic generator of realistic synthetic registries for the benchmark: the same seed
// and size always give the same file. N standards of five kinds, each with two to four base
// versions replacing one another, amendments and UN supplements (some on an old series after the
// next one exists), GB editions replacing GB/T standards (across standards and kinds), references
// and adoptions, and on one standard in five a clause tree with text in Chinese and English.
import type {
  ClauseRecord,
  CommitteeRecord,
  RegistryFile,
  StandardRecord,
  VersionRecord,
} from '../src/domain/interchange/format.ts';

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

// Parallel English / Chinese vocabulary: a title is subject — component — aspect (10 × 40 × 12
// combinations), a clause sentence component + requirement + condition, so titles and clauses
// read like the real thing and a two-word query (`traction battery`) matches a few percent of
// the registry, not all of it.
export const SUBJECTS: readonly [string, string][] = [
  ['Electric vehicles', '电动汽车'],
  ['Passenger cars', '乘用车'],
  ['Commercial vehicles', '商用车辆'],
  ['Motorcycles', '摩托车'],
  ['Fuel cell vehicles', '燃料电池汽车'],
  ['Hybrid electric vehicles', '混合动力电动汽车'],
  ['Heavy-duty vehicles', '重型车辆'],
  ['Buses', '客车'],
  ['Trailers', '挂车'],
  ['Road vehicles', '道路车辆'],
];
/** What a standard is about: a component … */
export const COMPONENTS: readonly [string, string][] = [
  ['traction battery', '动力蓄电池'],
  ['fuel cell stack', '燃料电池堆'],
  ['braking system', '制动系统'],
  ['steering system', '转向系统'],
  ['seat belt', '安全带'],
  ['airbag module', '安全气囊'],
  ['headlamp', '前照灯'],
  ['pneumatic tyre', '充气轮胎'],
  ['wheel', '车轮'],
  ['charging interface', '充电接口'],
  ['on-board charger', '车载充电机'],
  ['drive motor', '驱动电机'],
  ['motor controller', '电机控制器'],
  ['hydrogen storage system', '车载氢系统'],
  ['exhaust system', '排气系统'],
  ['fuel tank', '燃油箱'],
  ['door lock', '门锁'],
  ['rear-view mirror', '后视镜'],
  ['windscreen', '风窗玻璃'],
  ['windscreen wiper', '刮水器'],
  ['speedometer', '车速表'],
  ['audible warning device', '声响装置'],
  ['child restraint system', '儿童约束系统'],
  ['seat', '座椅'],
  ['head restraint', '头枕'],
  ['bumper', '保险杠'],
  ['underrun protection', '防护装置'],
  ['coupling device', '连接装置'],
  ['electronic stability control', '电子稳定性控制系统'],
  ['lane keeping system', '车道保持系统'],
  ['emergency braking system', '紧急制动系统'],
  ['event data recorder', '事件数据记录系统'],
  ['telematics unit', '车载终端'],
  ['software update system', '软件升级系统'],
  ['cybersecurity management system', '信息安全管理体系'],
  ['high-voltage wiring', '高压线束'],
  ['thermal management system', '热管理系统'],
  ['battery management system', '电池管理系统'],
  ['power steering', '动力转向装置'],
  ['suspension', '悬架'],
];
/** … and an aspect of it. */
export const ASPECTS: readonly [string, string][] = [
  ['safety requirements', '安全要求'],
  ['test methods', '试验方法'],
  ['performance requirements', '性能要求'],
  ['technical specifications', '技术条件'],
  ['durability', '耐久性'],
  ['electromagnetic compatibility', '电磁兼容性'],
  ['environmental conditions', '环境条件'],
  ['marking and labelling', '标志和标识'],
  ['installation requirements', '安装要求'],
  ['functional safety', '功能安全'],
  ['reliability', '可靠性'],
  ['dimensions', '尺寸'],
];
const REQUIREMENTS: readonly [string, string][] = [
  ['shall not catch fire or explode', '不应起火、爆炸'],
  ['shall show no leakage', '应无泄漏'],
  ['shall remain operational', '应保持正常工作'],
  ['shall meet the limits of Table 2', '应符合表2的限值'],
  ['shall not exceed the rated temperature', '不应超过额定温度'],
  ['shall be marked durably', '应有耐久的标志'],
  ['shall withstand the vibration test', '应能承受振动试验'],
  ['shall give a warning to the driver', '应向驾驶员发出报警'],
];
const CONDITIONS: readonly [string, string][] = [
  ['after thermal runaway of a cell', '电池单体发生热失控后'],
  ['during the overcharge test', '在过充电试验中'],
  ['at an ambient temperature of 25 °C ± 5 °C', '在环境温度25 °C ± 5 °C下'],
  ['after the mechanical shock test', '在机械冲击试验后'],
  ['within 5 min of the fault', '在故障发生后5 min内'],
  ['under all load conditions', '在各种载荷条件下'],
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

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A requirement sentence about `component`, in Chinese or English. */
function sentence(random: () => number, component: readonly [string, string]): string {
  const [reqEn, reqZh] = pick(random, REQUIREMENTS);
  const [condEn, condZh] = pick(random, CONDITIONS);
  return random() < 0.5 ? `${condZh}，${component[1]}${reqZh}。` : `The ${component[0]} ${reqEn} ${condEn}.`;
}

function clauseTree(random: () => number, component: readonly [string, string]): ClauseRecord[] {
  const text = () => sentence(random, component);
  const headings = [
    '范围 Scope',
    '术语和定义 Terms and definitions',
    '要求 Requirements',
    '试验方法 Test methods',
    '检验规则 Inspection rules',
  ];
  return headings.map((heading, k) => ({
    number: String(k + 1),
    heading,
    ...(k === 1 ? { informative: true } : {}),
    text: text(),
    ...(k >= 2
      ? {
          clauses: [1, 2].map((m) => ({
            number: `${k + 1}.${m}`,
            heading: `${heading.split(' ')[0]} ${m}`,
            text: `${text()} ${text()}`,
          })),
        }
      : {}),
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
      {
        designation: `${series[k]} Suppl. 1`,
        type: 'SUPPLEMENT',
        base: series[k],
        published: null,
        effective: `${year + 1}-${month}-15`,
        replaces: [],
      },
      {
        designation: `${series[k]} Suppl. 2`,
        type: 'SUPPLEMENT',
        base: series[k],
        published: null,
        effective: `${year + step + 1}-01-15`,
        replaces: [],
      },
    ]);
  }
  const name = (year: number) =>
    kind === 'ISO' ? `${root}:${year}` : kind === 'SAE' ? `${root}_${year}${month}` : `${root}-${year}`;
  const published = (year: number) => (kind === 'ISO' || kind === 'SAE' ? `${year}-${month}` : `${year}-${month}-15`);
  const effective = (year: number) => (kind === 'GB' || kind === 'GB_T' ? `${year + 1}-01-01` : null);
  return years.flatMap((year, k): VersionRecord[] => {
    const edition: VersionRecord = {
      designation: name(year),
      type: 'EDITION',
      published: published(year),
      effective: effective(year),
      ...(kind === 'GB' && k > 0
        ? { mandatoryNewTypes: `${year + 2}-01-01`, mandatoryExistingTypes: `${year + 3}-01-01` }
        : {}),
      replaces: k > 0 ? [name(years[k - 1]!)] : [],
    };
    if (random() < 0.3) return [edition];
    const amendment: VersionRecord = {
      designation:
        kind === 'GB' || kind === 'GB_T' ? `${name(year)}/XG1-${year + 2}` : `${name(year)}/Amd 1:${year + 2}`,
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
    ...Array.from({ length: 4 }, (_, s) => ({
      code: `SYN/TC${t}/SC${s}`,
      name: { en: `Subcommittee ${t}.${s}`, zh: `分委员会 ${t}.${s}` },
      parent: `SYN/TC${t}`,
    })),
  ]).flat();
  const standards: StandardRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const { kind, root } = rootOf(i);
    const [subjectEn, subjectZh] = pick(random, SUBJECTS);
    const component = pick(random, COMPONENTS);
    const [aspectEn, aspectZh] = pick(random, ASPECTS);
    const versions = versionsOf(kind, root, random);
    const bases = versions.filter((v) => v.type === 'EDITION' || v.type === 'SERIES');
    const latest = bases[bases.length - 1]!;
    // One GB in four replaces the latest edition of the GB/T standard just before it (kinds cycle, so i - 4).
    if (kind === 'GB' && i >= 4 && random() < 0.25) {
      const replaced = standards[i - 4]!.versions.filter((v) => v.type === 'EDITION');
      const target = replaced[replaced.length - 1]!;
      if ((target.effective ?? '') < (latest.effective ?? ''))
        latest.replaces = [...latest.replaces, target.designation];
    }
    if (i % 3 === 0 && i > 0) latest.references = [{ designation: rootOf(i - 1).root, normative: true }];
    if (kind === 'GB_T' && i % 10 === 1) latest.adopts = { designation: `ISO ${20000 + i}:2019`, degree: 'MOD' };
    if (i % 5 === 2) latest.clauses = clauseTree(random, component);
    standards.push({
      designation: root,
      kind,
      title: {
        en: `${subjectEn} — ${component[0]} — ${aspectEn}`,
        ...(kind === 'GB' || kind === 'GB_T' ? { zh: `${subjectZh}${component[1]}${aspectZh}` } : {}),
      },
      publisher: { GB: 'SAMR/SAC', GB_T: 'SAMR/SAC', ISO: 'ISO', SAE: 'SAE International', UN_R: 'UNECE' }[kind],
      committee: i % 9 === 0 ? null : committees[i % committees.length]!.code,
      versions,
    });
  }
  return { format: 'standards-registry/v1', committees, standards };
}
