import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import Stripe from 'stripe';
import { list, obj, parseStripeForm, str, strings, type FormObject } from './form-body';

/**
 * The local Stripe stand-in: an HTTP server answering the few Stripe API endpoints Claimlane calls,
 * with Stripe's object shapes, so the real `stripe` SDK (pointed here with host/port/protocol) works
 * offline in tests and under `npm start`. It also plays Stripe's side of the billing flows (a customer
 * completing Checkout, a renewal failing, an invoice being paid, a customer deleted) and signs the
 * resulting events exactly as Stripe does. It is not a Stripe emulator: anything else answers 404.
 */

export interface StandInPrice {
  id: string;
  unitAmount: number;
  currency?: string;
  interval?: 'month' | 'year';
}

export interface LocalStripeStandInOptions {
  /** The secret key clients must send (Bearer). */
  apiKey: string;
  /** Signing secret of the webhook endpoint the stand-in delivers to. */
  webhookSecret: string;
  prices?: StandInPrice[];
  /** Where events go; null/unset = recorded only (tests deliver them by hand). */
  webhookUrl?: string | (() => string | null) | null;
  port?: number;
  /** Keep customers and subscriptions across restarts (what `npm start` uses, under DATA_DIR). */
  stateFile?: string;
}

type Json = Record<string, unknown>;

interface SubState {
  id: string;
  customer: string;
  itemId: string;
  priceId: string;
  quantity: number;
  status: Stripe.Subscription.Status;
  created: number;
  periodStart: number;
  periodEnd: number;
  trialStart: number | null;
  trialEnd: number | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: number | null;
  metadata: Record<string, string>;
  latestInvoice: string | null;
}

interface InvoiceState {
  id: string;
  customer: string;
  subscription: string;
  status: 'open' | 'paid';
  amountDue: number;
  attemptCount: number;
  created: number;
  periodStart: number;
  periodEnd: number;
  billingReason: string;
}

interface SessionState {
  id: string;
  customer: string | null;
  customerEmail: string | null;
  priceId: string;
  quantity: number;
  trialDays: number;
  clientReferenceId: string | null;
  metadata: Record<string, string>;
  subscriptionMetadata: Record<string, string>;
  successUrl: string;
  cancelUrl: string | null;
  status: 'open' | 'complete' | 'expired';
  subscription: string | null;
  created: number;
}

class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { type: string; code?: string; message: string; param?: string },
  ) {
    super(body.message);
  }
}

const DAY = 86_400;
const API_VERSION = '2026-10-28.endive';

const missing = (kind: string, id: string, param = 'id') =>
  new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
  });

export class LocalStripeStandIn {
  readonly events: Stripe.Event[] = [];
  /** Seconds added to the wall clock (to play out periods and grace without waiting). */
  clockOffsetSeconds = 0;
  private readonly prices = new Map<string, StandInPrice>();
  private readonly customers = new Map<string, Json & { deleted?: boolean }>();
  private readonly subs = new Map<string, SubState>();
  private readonly invoices = new Map<string, InvoiceState>();
  private readonly sessions = new Map<string, SessionState>();
  private readonly idempotent = new Map<string, { status: number; body: unknown }>();
  private webhookUrl: string | (() => string | null) | null;
  private delivery: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly opts: LocalStripeStandInOptions,
    private readonly server: Server,
    readonly url: string,
  ) {
    for (const p of opts.prices ?? []) this.prices.set(p.id, p);
    this.webhookUrl = opts.webhookUrl ?? null;
    this.load();
  }

  static async start(opts: LocalStripeStandInOptions): Promise<LocalStripeStandIn> {
    const ref: { standIn?: LocalStripeStandIn } = {};
    const server = createServer((req, res) => void ref.standIn!.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    ref.standIn = new LocalStripeStandIn(opts, server, `http://127.0.0.1:${port}`);
    return ref.standIn;
  }

  /** SDK options that point a Stripe client here. */
  get clientOptions(): { host: string; port: number; protocol: 'http' } {
    const u = new URL(this.url);
    return { host: u.hostname, port: Number(u.port), protocol: 'http' };
  }

  setWebhookUrl(url: string | (() => string | null) | null): void {
    this.webhookUrl = url;
  }

  now(): number {
    return Math.floor(Date.now() / 1000) + this.clockOffsetSeconds;
  }

  async close(): Promise<void> {
    await this.delivery.catch(() => undefined);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- Stripe's side of the flows (what customers and Stripe's billing engine do) ----

  /** The customer pays on the hosted Checkout page: subscription, first invoice, their events. */
  async completeCheckout(
    sessionId: string,
    opts: { paymentFails?: boolean } = {},
  ): Promise<Stripe.Event[]> {
    const s = this.sessions.get(sessionId);
    if (!s) throw missing('checkout.session', sessionId);
    if (s.status !== 'open') throw new Error(`checkout session ${sessionId} is ${s.status}`);
    const now = this.now();
    const customer = s.customer ?? this.createCustomer({ email: s.customerEmail, metadata: {} }).id;
    s.customer = customer;
    const trialEnd = s.trialDays > 0 ? now + s.trialDays * DAY : null;
    const sub: SubState = {
      id: this.id('sub'),
      customer,
      itemId: this.id('si'),
      priceId: s.priceId,
      quantity: s.quantity,
      status: trialEnd ? 'trialing' : opts.paymentFails ? 'incomplete' : 'active',
      created: now,
      periodStart: now,
      periodEnd: trialEnd ?? now + this.periodSeconds(s.priceId),
      trialStart: trialEnd ? now : null,
      trialEnd,
      cancelAtPeriodEnd: false,
      canceledAt: null,
      metadata: { ...s.subscriptionMetadata },
      latestInvoice: null,
    };
    this.subs.set(sub.id, sub);
    s.status = 'complete';
    s.subscription = sub.id;
    const inv = this.createInvoice(sub, trialEnd ? 0 : undefined, 'subscription_create');
    const out = [
      this.emit('customer.subscription.created', this.subscriptionJson(sub)),
      this.emit('checkout.session.completed', this.sessionJson(s)),
    ];
    if (opts.paymentFails && !trialEnd) {
      inv.attemptCount = 1;
      out.push(this.emit('invoice.payment_failed', this.invoiceJson(inv)));
    } else {
      inv.status = 'paid';
      out.push(this.emit('invoice.paid', this.invoiceJson(inv)));
    }
    return this.deliverAll(out);
  }

  /** The period renews and the charge fails: an open invoice, status past_due. */
  async failRenewal(
    subscriptionId: string,
    opts: { periodStart?: number } = {},
  ): Promise<Stripe.Event[]> {
    const sub = this.sub(subscriptionId);
    const start = opts.periodStart ?? this.now();
    const before = this.subscriptionJson(sub);
    sub.periodStart = start;
    sub.periodEnd = start + this.periodSeconds(sub.priceId);
    sub.trialEnd = sub.trialEnd && sub.trialEnd > start ? start : sub.trialEnd;
    sub.status = 'past_due';
    const inv = this.createInvoice(sub, undefined, 'subscription_cycle', start);
    inv.attemptCount = 1;
    return this.deliverAll([
      this.emit('invoice.payment_failed', this.invoiceJson(inv)),
      this.emit(
        'customer.subscription.updated',
        this.subscriptionJson(sub),
        diff(before, this.subscriptionJson(sub)),
      ),
    ]);
  }

  /** The customer pays the open invoice (a new card in the portal, a retry that succeeds). */
  async payOpenInvoice(subscriptionId: string): Promise<Stripe.Event[]> {
    const sub = this.sub(subscriptionId);
    const inv = sub.latestInvoice ? this.invoices.get(sub.latestInvoice) : undefined;
    if (!inv || inv.status !== 'open')
      throw new Error(`subscription ${subscriptionId} has no open invoice`);
    const before = this.subscriptionJson(sub);
    inv.status = 'paid';
    inv.attemptCount += 1;
    sub.status = 'active';
    return this.deliverAll([
      this.emit('invoice.paid', this.invoiceJson(inv)),
      this.emit(
        'customer.subscription.updated',
        this.subscriptionJson(sub),
        diff(before, this.subscriptionJson(sub)),
      ),
    ]);
  }

  /** Three days before a trial ends Stripe says so. */
  async trialWillEnd(subscriptionId: string): Promise<Stripe.Event[]> {
    const sub = this.sub(subscriptionId);
    return this.deliverAll([
      this.emit('customer.subscription.trial_will_end', this.subscriptionJson(sub)),
    ]);
  }

  /** Cancels now (as the portal or the dashboard would). */
  async cancelSubscription(subscriptionId: string): Promise<Stripe.Event[]> {
    const sub = this.sub(subscriptionId);
    this.cancel(sub);
    return this.deliverAll([
      this.emit('customer.subscription.deleted', this.subscriptionJson(sub)),
    ]);
  }

  /** Deleting a customer cancels their subscriptions at once (Stripe's behaviour). */
  async deleteCustomer(customerId: string): Promise<Stripe.Event[]> {
    const out = this.removeCustomer(customerId);
    return this.deliverAll(out);
  }

  subscription(id: string): Stripe.Subscription {
    return this.subscriptionJson(this.sub(id)) as unknown as Stripe.Subscription;
  }

  checkoutSession(id: string): Stripe.Checkout.Session {
    const s = this.sessions.get(id);
    if (!s) throw missing('checkout.session', id);
    return this.sessionJson(s) as unknown as Stripe.Checkout.Session;
  }

  /** Signs a payload as Stripe signs webhook deliveries (the `Stripe-Signature` header). */
  sign(payload: string, opts: { secret?: string; timestamp?: number } = {}): string {
    return Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: opts.secret ?? this.opts.webhookSecret,
      timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000),
    });
  }

  /** Posts one event, signed, to `url` (default: the configured webhook). */
  async deliver(
    event: Stripe.Event,
    opts: { url?: string; secret?: string; timestamp?: number } = {},
  ): Promise<{ status: number; body: unknown }> {
    const url = opts.url ?? this.currentWebhookUrl();
    if (!url) throw new Error('no webhook url');
    const payload = JSON.stringify(event, null, 2);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': this.sign(payload, opts),
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks) local-stand-in',
      },
      body: payload,
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return { status: res.status, body };
  }

  // ---- HTTP API ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', this.url);
      if (req.method === 'GET' && url.pathname.startsWith('/checkout/'))
        return await this.hostedCheckout(url.pathname.slice('/checkout/'.length), res);
      if (req.method === 'GET' && url.pathname.startsWith('/portal/'))
        return send(
          res,
          200,
          '<!doctype html><title>Billing portal (local Stripe stand-in)</title><p>Local Stripe stand-in: nothing to manage here.</p>',
          'text/html',
        );
      if (req.headers.authorization !== `Bearer ${this.opts.apiKey}`) {
        throw new StripeApiError(401, {
          type: 'invalid_request_error',
          message: 'Invalid API Key provided',
        });
      }
      const raw = await readBody(req);
      const form = parseStripeForm(req.method === 'GET' ? url.search.slice(1) : raw);
      const key = req.method === 'POST' ? header(req, 'idempotency-key') : undefined;
      const cacheKey = key ? `${req.method} ${url.pathname} ${key}` : undefined;
      const cached = cacheKey ? this.idempotent.get(cacheKey) : undefined;
      if (cached)
        return send(res, cached.status, cached.body, 'application/json', {
          'idempotent-replayed': 'true',
        });
      const body = this.route(req.method ?? 'GET', url.pathname, form);
      if (cacheKey) this.idempotent.set(cacheKey, { status: 200, body });
      send(res, 200, body);
    } catch (e) {
      if (e instanceof StripeApiError) return send(res, e.status, { error: e.body });
      send(res, 500, { error: { type: 'api_error', message: 'local Stripe stand-in failed' } });
    } finally {
      if (req.method !== 'GET') this.save();
      void this.flushDeliveries();
    }
  }

  private pending: Stripe.Event[] = [];

  private route(method: string, path: string, form: FormObject): unknown {
    const m = (re: RegExp) => path.match(re)?.[1];
    let id: string | undefined;
    if (method === 'GET' && (id = m(/^\/v1\/prices\/([^/]+)$/))) return this.priceJson(id);
    if (method === 'POST' && path === '/v1/customers') {
      return this.createCustomer({
        email: str(form.email) ?? null,
        name: str(form.name),
        metadata: strings(form.metadata),
      });
    }
    if (method === 'GET' && (id = m(/^\/v1\/customers\/([^/]+)$/))) {
      const c = this.customers.get(id);
      if (!c) throw missing('customer', id);
      return c.deleted ? { id, object: 'customer', deleted: true } : c;
    }
    if (method === 'DELETE' && (id = m(/^\/v1\/customers\/([^/]+)$/))) {
      this.pending.push(...this.removeCustomer(id));
      return { id, object: 'customer', deleted: true };
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') return this.createSession(form);
    if (method === 'GET' && (id = m(/^\/v1\/checkout\/sessions\/([^/]+)$/)))
      return this.checkoutSession(id);
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const customer = str(form.customer) ?? '';
      this.liveCustomer(customer, 'customer');
      const sid = this.id('bps');
      return {
        id: sid,
        object: 'billing_portal.session',
        customer,
        livemode: false,
        created: this.now(),
        return_url: str(form.return_url) ?? null,
        url: `${this.url}/portal/${sid}`,
      };
    }
    if (method === 'GET' && (id = m(/^\/v1\/subscriptions\/([^/]+)$/)))
      return this.subscriptionJson(this.sub(id));
    if (method === 'POST' && (id = m(/^\/v1\/subscriptions\/([^/]+)$/)))
      return this.updateSubscription(id, form);
    throw new StripeApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). The local Stripe stand-in answers only the endpoints Claimlane calls.`,
    });
  }

  private createSession(form: FormObject): unknown {
    if (str(form.mode) !== 'subscription')
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message: 'Only mode=subscription is supported here',
        param: 'mode',
      });
    const items = list(form.line_items).map(obj);
    const item = items[0];
    const priceId = str(item?.price) ?? '';
    if (items.length !== 1 || !this.prices.has(priceId))
      throw missing('price', priceId, 'line_items[0][price]');
    const quantity = Number(str(item?.quantity) ?? '1');
    if (!Number.isInteger(quantity) || quantity < 1)
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message: 'Invalid integer quantity',
        param: 'line_items[0][quantity]',
      });
    const customer = str(form.customer) ?? null;
    if (customer) this.liveCustomer(customer, 'customer');
    const successUrl = str(form.success_url);
    if (!successUrl)
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message: 'Missing required param: success_url.',
        param: 'success_url',
      });
    const sd = obj(form.subscription_data);
    const s: SessionState = {
      id: this.id('cs_test'),
      customer,
      customerEmail: str(form.customer_email) ?? null,
      priceId,
      quantity,
      trialDays: Number(str(sd.trial_period_days) ?? '0'),
      clientReferenceId: str(form.client_reference_id) ?? null,
      metadata: strings(form.metadata),
      subscriptionMetadata: strings(sd.metadata),
      successUrl,
      cancelUrl: str(form.cancel_url) ?? null,
      status: 'open',
      subscription: null,
      created: this.now(),
    };
    this.sessions.set(s.id, s);
    return this.sessionJson(s);
  }

  private updateSubscription(id: string, form: FormObject): unknown {
    const sub = this.sub(id);
    if (sub.status === 'canceled' || sub.status === 'incomplete_expired')
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message: 'A canceled subscription can only update its cancellation_details and metadata.',
      });
    const before = this.subscriptionJson(sub);
    for (const raw of list(form.items)) {
      const it = obj(raw);
      if (str(it.id) !== sub.itemId)
        throw missing('subscription_item', str(it.id) ?? '', 'items[0][id]');
      if (it.price !== undefined) {
        const p = str(it.price) ?? '';
        if (!this.prices.has(p)) throw missing('price', p, 'items[0][price]');
        sub.priceId = p;
      }
      if (it.quantity !== undefined) {
        const q = Number(str(it.quantity));
        if (!Number.isInteger(q) || q < 1)
          throw new StripeApiError(400, {
            type: 'invalid_request_error',
            message: 'Invalid integer quantity',
            param: 'items[0][quantity]',
          });
        sub.quantity = q;
      }
    }
    if (form.metadata !== undefined) sub.metadata = { ...sub.metadata, ...strings(form.metadata) };
    if (form.cancel_at_period_end !== undefined)
      sub.cancelAtPeriodEnd = str(form.cancel_at_period_end) === 'true';
    const after = this.subscriptionJson(sub);
    this.pending.push(this.emit('customer.subscription.updated', after, diff(before, after)));
    return after;
  }

  private async hostedCheckout(id: string, res: ServerResponse): Promise<void> {
    const s = this.sessions.get(id);
    if (!s) return send(res, 404, 'No such checkout session', 'text/plain');
    if (s.status === 'open') await this.completeCheckout(id);
    res.writeHead(303, { location: s.successUrl.replace('{CHECKOUT_SESSION_ID}', s.id) }).end();
  }

  // ---- state helpers ----

  private createCustomer(input: {
    email: string | null;
    name?: string | undefined;
    metadata: Record<string, string>;
  }): Json & { id: string } {
    const c = {
      id: this.id('cus'),
      object: 'customer',
      created: this.now(),
      email: input.email,
      name: input.name ?? null,
      metadata: input.metadata,
      livemode: false,
      delinquent: false,
    };
    this.customers.set(c.id, c);
    return c;
  }

  private removeCustomer(id: string): Stripe.Event[] {
    const c = this.liveCustomer(id, 'id');
    c.deleted = true;
    const out: Stripe.Event[] = [];
    for (const sub of this.subs.values()) {
      if (sub.customer === id && sub.status !== 'canceled') {
        this.cancel(sub);
        out.push(this.emit('customer.subscription.deleted', this.subscriptionJson(sub)));
      }
    }
    out.push(this.emit('customer.deleted', { id, object: 'customer', deleted: true }));
    return out;
  }

  private liveCustomer(id: string, param: string): Json & { deleted?: boolean } {
    const c = this.customers.get(id);
    if (!c || c.deleted) throw missing('customer', id, param);
    return c;
  }

  private cancel(sub: SubState): void {
    sub.status = 'canceled';
    sub.canceledAt = this.now();
  }

  private sub(id: string): SubState {
    const s = this.subs.get(id);
    if (!s) throw missing('subscription', id);
    return s;
  }

  private createInvoice(
    sub: SubState,
    amount: number | undefined,
    reason: string,
    at?: number,
  ): InvoiceState {
    const price = this.prices.get(sub.priceId)!;
    const inv: InvoiceState = {
      id: this.id('in'),
      customer: sub.customer,
      subscription: sub.id,
      status: 'open',
      amountDue: amount ?? price.unitAmount * sub.quantity,
      attemptCount: 0,
      created: at ?? this.now(),
      periodStart: sub.periodStart,
      periodEnd: sub.periodEnd,
      billingReason: reason,
    };
    this.invoices.set(inv.id, inv);
    sub.latestInvoice = inv.id;
    return inv;
  }

  private periodSeconds(priceId: string): number {
    return this.prices.get(priceId)?.interval === 'year' ? 365 * DAY : 30 * DAY;
  }

  private id(prefix: string): string {
    return `${prefix}_${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
  }

  private emit(type: string, object: Json, previous?: Json): Stripe.Event {
    const event = {
      id: this.id('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: this.now(),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: previous ? { object, previous_attributes: previous } : { object },
    } as unknown as Stripe.Event;
    this.events.push(event);
    return event;
  }

  private currentWebhookUrl(): string | null {
    return typeof this.webhookUrl === 'function' ? this.webhookUrl() : this.webhookUrl;
  }

  /** Events raised by flow helpers are delivered in order, each awaited, when a webhook is set. */
  private async deliverAll(events: Stripe.Event[]): Promise<Stripe.Event[]> {
    this.save();
    this.pending.push(...events);
    await this.flushDeliveries();
    return events;
  }

  private flushDeliveries(): Promise<unknown> {
    const batch = this.pending.splice(0);
    if (!batch.length || !this.currentWebhookUrl()) return this.delivery;
    this.delivery = this.delivery
      .catch(() => undefined)
      .then(async () => {
        for (const e of batch) await this.deliver(e).catch(() => undefined);
      });
    return this.delivery;
  }

  private load(): void {
    if (!this.opts.stateFile || !existsSync(this.opts.stateFile)) return;
    const state = JSON.parse(readFileSync(this.opts.stateFile, 'utf8')) as {
      customers: Array<[string, Json & { deleted?: boolean }]>;
      subs: Array<[string, SubState]>;
      invoices: Array<[string, InvoiceState]>;
      sessions: Array<[string, SessionState]>;
    };
    for (const [k, v] of state.customers) this.customers.set(k, v);
    for (const [k, v] of state.subs) this.subs.set(k, v);
    for (const [k, v] of state.invoices) this.invoices.set(k, v);
    for (const [k, v] of state.sessions) this.sessions.set(k, v);
  }

  private save(): void {
    if (!this.opts.stateFile) return;
    mkdirSync(dirname(this.opts.stateFile), { recursive: true });
    const tmp = `${this.opts.stateFile}.tmp`;
    writeFileSync(
      tmp,
      JSON.stringify({
        customers: [...this.customers],
        subs: [...this.subs],
        invoices: [...this.invoices],
        sessions: [...this.sessions],
      }),
    );
    renameSync(tmp, this.opts.stateFile);
  }

  // ---- Stripe object shapes ----

  private priceJson(id: string): Json {
    const p = this.prices.get(id);
    if (!p) throw missing('price', id);
    return {
      id: p.id,
      object: 'price',
      active: true,
      billing_scheme: 'per_unit',
      created: 1_764_000_000,
      currency: p.currency ?? 'usd',
      livemode: false,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: `prod_${p.id.replace(/^price_/, '')}`,
      recurring: {
        interval: p.interval ?? 'month',
        interval_count: 1,
        meter: null,
        usage_type: 'licensed',
      },
      tax_behavior: 'unspecified',
      tiers_mode: null,
      transform_quantity: null,
      type: 'recurring',
      unit_amount: p.unitAmount,
      unit_amount_decimal: String(p.unitAmount),
    };
  }

  private subscriptionJson(s: SubState): Json {
    return {
      id: s.id,
      object: 'subscription',
      billing_cycle_anchor: s.periodStart,
      cancel_at: s.cancelAtPeriodEnd ? s.periodEnd : null,
      cancel_at_period_end: s.cancelAtPeriodEnd,
      canceled_at: s.canceledAt,
      collection_method: 'charge_automatically',
      created: s.created,
      currency: this.prices.get(s.priceId)?.currency ?? 'usd',
      customer: s.customer,
      ended_at: s.status === 'canceled' ? s.canceledAt : null,
      items: {
        object: 'list',
        data: [
          {
            id: s.itemId,
            object: 'subscription_item',
            created: s.created,
            current_period_start: s.periodStart,
            current_period_end: s.periodEnd,
            metadata: {},
            price: this.priceJson(s.priceId),
            quantity: s.quantity,
            subscription: s.id,
          },
        ],
        has_more: false,
        total_count: 1,
        url: `/v1/subscription_items?subscription=${s.id}`,
      },
      latest_invoice: s.latestInvoice,
      livemode: false,
      metadata: s.metadata,
      start_date: s.created,
      status: s.status,
      trial_end: s.trialEnd,
      trial_start: s.trialStart,
    };
  }

  private invoiceJson(i: InvoiceState): Json {
    const sub = this.subs.get(i.subscription)!;
    return {
      id: i.id,
      object: 'invoice',
      amount_due: i.amountDue,
      amount_paid: i.status === 'paid' ? i.amountDue : 0,
      amount_remaining: i.status === 'paid' ? 0 : i.amountDue,
      attempt_count: i.attemptCount,
      attempted: i.attemptCount > 0,
      billing_reason: i.billingReason,
      collection_method: 'charge_automatically',
      created: i.created,
      currency: this.prices.get(sub.priceId)?.currency ?? 'usd',
      customer: i.customer,
      livemode: false,
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: { metadata: sub.metadata, subscription: i.subscription },
      },
      period_start: i.periodStart,
      period_end: i.periodEnd,
      status: i.status,
    };
  }

  private sessionJson(s: SessionState): Json {
    return {
      id: s.id,
      object: 'checkout.session',
      cancel_url: s.cancelUrl,
      client_reference_id: s.clientReferenceId,
      created: s.created,
      customer: s.customer,
      customer_email: s.customerEmail,
      expires_at: s.created + DAY,
      livemode: false,
      metadata: s.metadata,
      mode: 'subscription',
      payment_status: s.status === 'complete' ? 'paid' : 'unpaid',
      status: s.status,
      subscription: s.subscription,
      success_url: s.successUrl,
      url: s.status === 'open' ? `${this.url}/checkout/${s.id}` : null,
    };
  }
}

function diff(before: Json, after: Json): Json {
  const out: Json = {};
  for (const k of Object.keys(before))
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = before[k];
  return out;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json',
  extra: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': type,
    'request-id': `req_standin_${Date.now()}`,
    ...extra,
  });
  res.end(text);
}
