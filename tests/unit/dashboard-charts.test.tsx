// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '@/components/charts/BarChart';
import { LineChart } from '@/components/charts/LineChart';

afterEach(cleanup);

describe('charts', () => {
  it('draws one bar per skill, scaled to the largest, with the figures in a table for screen readers', () => {
    const { container } = render(
      <BarChart
        title="Skills most asked for"
        bars={[
          { id: 'python', label: 'Python', value: 10, tone: 'good', detail: '10 postings · you have it' },
          { id: 'sql', label: 'SQL', value: 5, tone: 'poor', detail: '5 postings · not yet' },
        ]}
      />,
    );
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    const [first = Number.NaN, second = Number.NaN] = widths;
    expect(first).toBeCloseTo(second * 2, 5);
    expect([...container.querySelectorAll('rect')].map((r) => r.getAttribute('class'))).toEqual(['tone-good', 'tone-poor']);
    const table = screen.getByRole('table', { name: 'Skills most asked for' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['Python10 postings · you have it', 'SQL5 postings · not yet']);
    expect(screen.getByRole('figure', { name: 'Skills most asked for' })).toBeTruthy();
  });

  it('breaks a line where a month has no value, and lists every value in its table', () => {
    const { container } = render(<LineChart title="Share by month" xLabels={['Jan', 'Feb', 'Mar', 'Apr']} series={[{ id: 'go', name: 'Go', values: [10, 20, null, 40] }]} />);
    expect(container.querySelectorAll('[data-series="go"] path')).toHaveLength(2);
    expect(container.querySelectorAll('[data-series="go"] circle')).toHaveLength(3);
    const table = screen.getByRole('table', { name: 'Share by month' });
    expect(within(table).getAllByRole('row')[1]?.textContent).toBe('Go10%20%–40%');
  });
});
