import type { Fen } from '@cornerstone/shared/money/money';
import {
  isCappedTransaction,
  issuerFee,
  networkFee,
  transactionFee,
} from '@cornerstone/shared/settlement/fee';
import type { DemoMerchant } from './demo-merchants.ts';
import { hashSeed, Rng } from './demo-random.ts';

/** A representative transaction amount of a merchant, priced once with the shared rules. */
export interface Ticket {
  amount: Fen;
  merchantFee: Fen;
  capped: boolean;
  issuerDebit: Fen;
  issuerCredit: Fen;
  network: Fen;
  creditShare: number;
}

export const TICKETS = 12;

export function ticketsOf(m: DemoMerchant, seed: number): Ticket[] {
  const r = new Rng(hashSeed(seed, m.index, 2));
  const out: Ticket[] = [];
  for (let k = 0; k < TICKETS; k++) {
    // Stratified draws: one ticket per twelfth of the log-normal, so each merchant's mix is representative.
    const u = (k + 0.15 + 0.7 * r.next()) / TICKETS;
    const zq = inverseNormal(u);
    let fen = Math.max(
      100,
      Math.round(m.ticket * Math.exp(m.ticketSigma * zq - (m.ticketSigma * m.ticketSigma) / 2) * 100),
    );
    if (fen >= 100_000) fen = Math.round(fen / 100) * 100; // big tickets in whole yuan
    const amount = BigInt(fen);
    out.push({
      amount,
      merchantFee: transactionFee(amount, m.plan),
      capped: isCappedTransaction(amount, m.plan),
      issuerDebit: issuerFee(amount, 'debit'),
      issuerCredit: issuerFee(amount, 'credit'),
      network: networkFee(amount),
      // Credit limits: the bigger the ticket, the more often it is paid by debit card.
      creditShare: m.creditShare * Math.min(1, Math.sqrt(3_000 / (fen / 100))),
    });
  }
  return out;
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
function inverseNormal(p: number): number {
  const a = [
    -39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472,
    2.50662827745924,
  ];
  const b = [-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857];
  const c = [
    -0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373, 4.37466414146497,
    2.93816398269878,
  ];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - lo) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
