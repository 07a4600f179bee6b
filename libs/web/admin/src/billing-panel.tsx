import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@claimlane/web-data-access';
import { ErrorState, LoadingState, errorMessage, formatDate, humanize } from '@claimlane/web-ui';

export const billingQuery = graphql(`
  query BillingOverview {
    billing {
      plan
      planName
      status
      access
      readOnlyReason
      trialEndsAt
      currentPeriodEnd
      cancelAtPeriodEnd
      graceEndsAt
      seatLimit
      seatsUsed
      seatsPending
      nextInvoice {
        amountDue
        currency
        date
      }
      entitlements {
        metric
        used
        limit
      }
    }
  }
`);

export const openBillingPortalMutation = graphql(`
  mutation OpenBillingPortal {
    openBillingPortal {
      url
    }
  }
`);

/** Plan, usage against entitlements, and a way into Stripe's portal for payment details. */
export function BillingPanel() {
  const [result, refetch] = useQuery({ query: billingQuery });
  const [portal, openPortal] = useMutation(openBillingPortalMutation);
  if (result.error && !result.data)
    return (
      <ErrorState error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!result.data) return <LoadingState />;
  const b = result.data.billing;
  const money = (cents: number, currency: string) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
      cents / 100,
    );
  return (
    <Stack gap="sm">
      {b.access !== 'FULL' ? (
        <Alert color={b.access === 'READ_ONLY' ? 'red' : 'yellow'} title={humanize(b.access)}>
          {b.readOnlyReason ?? 'Payment is overdue.'}
          {b.graceEndsAt ? ` Grace period ends ${formatDate(b.graceEndsAt)}.` : ''}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {(
          [
            ['Plan', b.planName],
            ['Status', humanize(b.status)],
            ['Seats', `${b.seatsUsed} + ${b.seatsPending} pending of ${b.seatLimit}`],
            [
              b.trialEndsAt ? 'Trial ends' : b.cancelAtPeriodEnd ? 'Ends' : 'Renews',
              formatDate(b.trialEndsAt ?? b.currentPeriodEnd),
            ],
          ] as Array<[string, string]>
        ).map(([label, value]) => (
          <Paper key={label} withBorder p="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={600}>{value}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {b.nextInvoice ? (
        <Text size="sm">
          Next invoice {money(b.nextInvoice.amountDue, b.nextInvoice.currency)} on{' '}
          {formatDate(b.nextInvoice.date)}
        </Text>
      ) : null}
      {b.entitlements.length ? (
        <Table striped aria-label="Usage">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Metric</Table.Th>
              <Table.Th>Used</Table.Th>
              <Table.Th>Limit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {b.entitlements.map((e) => (
              <Table.Tr key={e.metric}>
                <Table.Td>{humanize(e.metric)}</Table.Td>
                <Table.Td>{e.used.toLocaleString()}</Table.Td>
                <Table.Td>{e.limit.toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {portal.error ? (
        <Alert color="red" role="alert">
          {errorMessage(portal.error)}
        </Alert>
      ) : null}
      <Group>
        <Button
          variant="default"
          loading={portal.fetching}
          onClick={async () => {
            const r = await openPortal({});
            const url = r.data?.openBillingPortal.url;
            if (url) window.location.assign(url);
          }}
        >
          Manage payment and invoices
        </Button>
      </Group>
    </Stack>
  );
}
