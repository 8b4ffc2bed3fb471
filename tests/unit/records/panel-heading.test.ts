/**
 * The record panel's heading names the record open: its title, else (a zone confirmed
 * without a theme) its place as written, never an empty heading; under it the kind,
 * programme and year, never the ledger's internal number.
 */
import { describe, expect, it } from 'vitest';
import {
  panelHeading,
  panelSubline,
} from '../../../src/renderer/src/features/records/panel-heading';

const zone = {
  kind: 'zone' as const,
  title: '',
  regionText: '江苏省南京市溧水区',
  unit: null,
  programme: '全国社区治理和服务创新实验区',
  year: 2019,
};

describe('the record panel heading', () => {
  it('falls back to the place when the title is empty or blank', () => {
    expect(panelHeading(zone)).toBe('江苏省南京市溧水区');
    expect(panelHeading({ ...zone, title: '  ' })).toBe('江苏省南京市溧水区');
    expect(panelHeading({ ...zone, title: null, regionText: null, unit: '某某协会' })).toBe(
      '某某协会',
    );
    expect(panelHeading({ ...zone, title: null, regionText: null })).toBe('（无名称）');
  });

  it('keeps a title when there is one (the control)', () => {
    expect(panelHeading({ ...zone, title: '深化社区议事协商' })).toBe('深化社区议事协商');
  });

  it('says the kind, programme and year under it, not an internal number', () => {
    expect(panelSubline(zone)).toBe('实验区 · 全国社区治理和服务创新实验区 2019年');
    expect(panelSubline({ ...zone, kind: 'case', programme: null, year: null })).toBe('典型案例');
  });
});
