import type { RegistryFile } from '../../src/domain/interchange/format.ts';

/**
 * GB 38031 (traction battery safety), two editions with clause text in Chinese and English; the
 * 2025 edition replaces the 2020 one from 2026-07-01. Used by the search and comparison tests.
 */
export function batterySafetyFile(): RegistryFile {
  return {
    format: 'standards-registry/v1',
    committees: [
      { code: 'SAC/TC114/SC27', name: { en: 'Electric vehicles', zh: '电动车辆分技术委员会' }, parent: null },
    ],
    standards: [
      {
        designation: 'GB 38031',
        kind: 'GB',
        title: { en: 'Electric vehicles traction battery safety requirements', zh: '电动汽车用动力蓄电池安全要求' },
        publisher: 'SAMR/SAC',
        committee: 'SAC/TC114/SC27',
        versions: [
          {
            designation: 'GB 38031-2020',
            type: 'EDITION',
            published: '2020-05-12',
            effective: '2021-01-01',
            replaces: [],
            clauses: [
              { number: '1', heading: '范围 Scope', text: '本标准规定了电动汽车用动力蓄电池的安全要求和试验方法。' },
              {
                number: '5',
                heading: '安全要求 Safety requirements',
                clauses: [
                  {
                    number: '5.1',
                    heading: '电池单体安全要求',
                    text: 'The cell shall not catch fire or explode during the overcharge test.',
                  },
                  {
                    number: '5.2',
                    heading: '电池包或系统安全要求',
                    text: '电池包或系统在振动试验后应无泄漏、外壳破裂、起火或爆炸现象。',
                  },
                  {
                    number: '5.3',
                    heading: '热扩散 Thermal propagation',
                    text: '电池单体发生热失控后，电池系统在5 min内不起火不爆炸。',
                  },
                ],
              },
              { number: '6', heading: '试验方法 Test methods', text: 'Tests are carried out at 25 °C ± 5 °C.' },
            ],
          },
          {
            designation: 'GB 38031-2025',
            type: 'EDITION',
            published: '2025-03-28',
            effective: '2026-07-01',
            replaces: ['GB 38031-2020'],
            clauses: [
              { number: '1', heading: '范围 Scope', text: '本标准规定了电动汽车用动力蓄电池的安全要求和试验方法。' },
              {
                number: '5',
                heading: '安全要求 Safety requirements',
                clauses: [
                  {
                    number: '5.1',
                    heading: '电池单体安全要求',
                    text:
                      'The cell shall not catch fire or explode during the overcharge and external short circuit ' +
                      'tests.',
                  },
                  {
                    number: '5.2',
                    heading: '热扩散 Thermal propagation',
                    text: '电池单体发生热失控后，电池系统应不起火、不爆炸，且烟气不应对乘员造成伤害。',
                  },
                  {
                    number: '5.3',
                    heading: '底部撞击 Bottom impact',
                    text: 'After the bottom impact test the pack shall show no leakage, fire or explosion.',
                  },
                ],
              },
              { number: '6', heading: '试验方法 Test methods', text: 'Tests are carried out at 25 °C ± 5 °C.' },
              {
                number: '7',
                heading: '快充循环 Fast charge cycling',
                text: '快充循环后进行外部短路试验，应不起火、不爆炸。',
              },
            ],
          },
        ],
      },
    ],
  };
}
