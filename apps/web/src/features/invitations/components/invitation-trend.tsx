import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import LineChart, { type LineChartProps } from '@cloudscape-design/components/line-chart';
import type { ResponseOf } from '@/lib/api-client.ts';

type Week = ResponseOf<'invitationOverview'>['trend'][number];

const weekLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The weeks as the chart's categories, oldest first (as the BFF sends them). */
export function trendSeries(weeks: readonly Week[]): LineChartProps<string>['series'] {
  const line = (title: string, count: (week: Week) => number): LineChartProps<string>['series'][number] => ({
    title,
    type: 'line',
    data: weeks.map((week) => ({ x: weekLabel.format(new Date(week.weekStart)), y: count(week) })),
  });
  return [line('Sent', (week) => week.sent), line('Accepted', (week) => week.accepted), line('Failed', (week) => week.failed)];
}

/** Whether onboarding is moving: invitations sent, accepted and failed per week. */
export function InvitationTrend({ weeks }: { weeks: readonly Week[] | undefined }) {
  return (
    <Container
      header={
        <Header variant="h2" description="Invitations sent, accepted and failed in each week, across all accounts.">
          Per week
        </Header>
      }
    >
      <LineChart<string>
        series={weeks === undefined || weeks.length === 0 ? [] : trendSeries(weeks)}
        statusType={weeks === undefined ? 'loading' : 'finished'}
        loadingText="Loading the weeks"
        xScaleType="categorical"
        xTitle="Week starting"
        yTitle="Invitations"
        height={220}
        hideFilter
        ariaLabel="Invitations per week"
        empty={
          <Box textAlign="center" color="inherit">
            <b>No invitations in these weeks</b>
          </Box>
        }
        i18nStrings={{ legendAriaLabel: 'Legend', chartAriaRoleDescription: 'line chart', yTickFormatter: (value) => String(value) }}
      />
    </Container>
  );
}
