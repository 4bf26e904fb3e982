import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { HotlineRepository } from '../../src/intake/hotline/hotline.repository.js';
import { SmsRepository } from '../../src/intake/sms/sms.repository.js';
import { createTestDataSource } from '../support/test-database.js';

const sha = (text: string) => createHash('sha256').update(text).digest();

/** The intake channels' tables (hotline_call, sms_*) through their repositories, on a migrated Postgres. */
describe('HotlineRepository and SmsRepository (medium: real Postgres)', () => {
  let close: () => Promise<void>;
  let db: pg.Pool;
  let dataSource: DataSource;
  const hotline = new HotlineRepository();
  const sms = new SmsRepository();
  let serial = 0;
  let operator: string;

  async function report(channel = 'HOTLINE'): Promise<string> {
    const id = randomUUID();
    serial += 1;
    await db.query(
      `INSERT INTO report (id, number, channel, real_name, receipt_hash, body)
       VALUES ($1, $2::text, $3, false, sha256(convert_to($2::text, 'UTF8')), '（语音留言，待接听员转写）')`,
      [id, `QF-C-${String(serial).padStart(5, '0')}`, channel],
    );
    return id;
  }

  beforeAll(async () => {
    ({ close, db, dataSource } = await createTestDataSource());
    operator = randomUUID();
    await db.query(
      `INSERT INTO staff_user (id, username, password_hash, display_name, roles) VALUES ($1, 'operator', 'x', '接听员', '{INTAKE_OPERATOR}')`,
      [operator],
    );
  });

  afterAll(() => close());

  it('records an operator call (transcribed at once) and a voicemail waiting for its transcript', async () => {
    const called = await report();
    const left = await report();
    const attachment = randomUUID();
    await db.query(
      `INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type) VALUES ($1, $2, $3, $4, 10, 'audio/mpeg')`,
      [attachment, called, `k/${attachment}`, sha('audio')],
    );
    const callId = randomUUID();
    await hotline.insertOperatorCall(dataSource, {
      id: callId,
      reportId: called,
      callerNumber: Buffer.from('sealed number'),
      callerPhoneHash: sha('13900000000'),
      startedAt: '2026-03-01T08:00:00Z',
      durationSeconds: 120,
      language: 'zh',
      callbackWanted: true,
      readBackConfirmed: false,
      readBackCorrections: '地点是柳河镇',
      receiptDelivery: 'SMS',
      operatorId: operator,
      recordingAttachmentId: attachment,
    });
    const { rows } = await db.query(
      `SELECT source, transcribed_by, transcribed_at, read_back_corrections, recording_attachment_id FROM hotline_call WHERE id = $1`,
      [callId],
    );
    expect(rows[0]).toEqual({
      source: 'OPERATOR',
      transcribed_by: operator,
      transcribed_at: expect.any(Date),
      read_back_corrections: '地点是柳河镇',
      recording_attachment_id: attachment,
    });
    expect(await hotline.smsReceiptNumber(dataSource, called)).toEqual(Buffer.from('sealed number'));

    const voicemail = randomUUID();
    await hotline.insertVoicemailCall(dataSource, {
      id: voicemail,
      reportId: left,
      externalCallId: `ext-${voicemail}`,
      callerNumber: null,
      callerPhoneHash: null,
      startedAt: new Date('2026-03-01T09:00:00Z'),
      durationSeconds: null,
      recordingAttachmentId: null,
      recordingUrl: 'https://telephony.example/rec/1',
      receiptDelivery: 'NONE',
    });
    expect(await hotline.reportOfExternalCall(dataSource, `ext-${voicemail}`)).toBe(left);
    expect(await hotline.reportOfExternalCall(dataSource, 'ext-unknown')).toBeNull();
    expect(await hotline.smsReceiptNumber(dataSource, left)).toBeNull();
    const waiting = await hotline.awaitingTranscript(dataSource);
    expect(waiting.map((c) => c.id)).toEqual([voicemail]);
    expect(waiting[0]).toEqual({
      id: voicemail,
      reportId: left,
      startedAt: new Date('2026-03-01T09:00:00Z'),
      durationSeconds: null,
      recording: false,
    });

    // The recording download: read, locked, attached once; a rejected one is not fetched again.
    expect(await hotline.recordingOf(dataSource, voicemail)).toEqual({
      reportId: left,
      recordingUrl: 'https://telephony.example/rec/1',
      recordingAttachmentId: null,
    });
    const recording = randomUUID();
    await db.query(
      `INSERT INTO attachment (id, report_id, storage_key, sha256, size_bytes, media_type) VALUES ($1, $2, $3, $4, 10, 'audio/mpeg')`,
      [recording, left, `k/${recording}`, sha('rec')],
    );
    await dataSource.transaction(async (m) => {
      expect(await hotline.lockRecording(m, voicemail)).toEqual({ recordingAttachmentId: null });
      await hotline.setRecording(m, voicemail, recording);
    });
    expect(await hotline.lockRecording(dataSource, voicemail)).toEqual({ recordingAttachmentId: recording });
    expect(await hotline.lockRecording(dataSource, randomUUID())).toBeUndefined();
    await hotline.clearRecordingUrl(dataSource, voicemail);
    expect((await hotline.recordingOf(dataSource, voicemail))?.recordingUrl).toBeNull();
    expect(await hotline.recordingOf(dataSource, randomUUID())).toBeNull();

    // The transcript: locked, marked, gone from the waiting list.
    await dataSource.transaction(async (m) => {
      expect(await hotline.lockForTranscript(m, voicemail)).toEqual({ reportId: left, transcribedAt: null });
      await hotline.markTranscribed(m, voicemail, operator, null);
    });
    expect((await hotline.lockForTranscript(dataSource, voicemail))?.transcribedAt).toBeInstanceOf(Date);
    expect(await hotline.lockForTranscript(dataSource, randomUUID())).toBeNull();
    expect(await hotline.awaitingTranscript(dataSource)).toEqual([]);

    // Retention: the caller's number goes.
    await hotline.purgeCaller(dataSource, called);
    expect((await db.query(`SELECT caller_number, caller_phone_hash FROM hotline_call WHERE id = $1`, [callId])).rows[0]).toEqual({
      caller_number: null,
      caller_phone_hash: null,
    });
    expect(await hotline.smsReceiptNumber(dataSource, called)).toBeNull();
  });

  it('keeps the SMS ledger, part groups and conversations', async () => {
    const phoneHash = sha(`phone-${randomUUID()}`);
    const message = { gateway: 'generic', gatewayMessageId: `m-${randomUUID()}`, phoneHash };
    expect(await sms.enterInbound(dataSource, message)).toBe(true);
    expect(await sms.enterInbound(dataSource, message)).toBe(false);
    const tip = await report('SMS');
    await sms.setInboundOutcome(dataSource, message, 'TIP', tip);
    expect(
      (await db.query(`SELECT outcome, report_id FROM sms_inbound WHERE gateway_message_id = $1`, [message.gatewayMessageId])).rows,
    ).toEqual([{ outcome: 'TIP', report_id: tip }]);
    await dataSource.transaction((m) => sms.lockPhone(m, phoneHash));

    const group = { gateway: 'generic', phoneHash, concatRef: 'r1', total: 2, sender: Buffer.from('sealed'), waitSeconds: 60 };
    const made = await sms.enterPartGroup(dataSource, { ...group, id: randomUUID() });
    expect(made).toEqual({ id: expect.any(String), total: 2, created: true });
    const again = await sms.enterPartGroup(dataSource, { ...group, id: randomUUID(), total: 3 });
    expect(again).toEqual({ id: made.id, total: 2, created: false });
    await sms.addPart(dataSource, made.id, 2, '第二段');
    await sms.addPart(dataSource, made.id, 2, '第二段重发');
    expect(await sms.countParts(dataSource, made.id)).toBe(1);
    await sms.addPart(dataSource, made.id, 1, '第一段');
    expect((await sms.partsOf(dataSource, made.id)).sort((a, b) => a.part - b.part)).toEqual([
      { part: 1, body: '第一段' },
      { part: 2, body: '第二段' },
    ]);
    expect(await sms.partGroupPhone(dataSource, made.id)).toEqual(phoneHash);
    expect(await sms.lockPartGroup(dataSource, made.id)).toEqual({
      gateway: 'generic',
      phoneHash,
      total: 2,
      sender: Buffer.from('sealed'),
    });
    expect(await sms.overduePartGroups(dataSource)).not.toContain(made.id);
    await db.query(`UPDATE sms_part_group SET due_at = now() - interval '1 second' WHERE id = $1`, [made.id]);
    expect(await sms.overduePartGroups(dataSource)).toContain(made.id);
    await sms.deletePartGroup(dataSource, made.id);
    expect(await sms.lockPartGroup(dataSource, made.id)).toBeNull();
    expect(await sms.partGroupPhone(dataSource, made.id)).toBeNull();
    expect(await sms.countParts(dataSource, made.id)).toBe(0);

    const older = await report('SMS');
    await sms.startConversation(dataSource, older, phoneHash, Buffer.from('sealed-1'));
    await sms.startConversation(dataSource, tip, phoneHash, Buffer.from('sealed-2'));
    await db.query(`UPDATE sms_conversation SET last_message_at = now() - interval '10 minutes' WHERE report_id = $1`, [older]);
    await db.query(`UPDATE sms_conversation SET last_message_at = now() - interval '5 minutes' WHERE report_id = $1`, [tip]);
    expect(await sms.recentConversations(dataSource, phoneHash, 60)).toEqual([tip, older]);
    expect(await sms.recentConversations(dataSource, phoneHash, 7)).toEqual([tip]);
    await sms.touchConversation(dataSource, older);
    expect(await sms.recentConversations(dataSource, phoneHash, 60)).toEqual([older, tip]);
    expect(await sms.conversationSender(dataSource, tip)).toEqual(Buffer.from('sealed-2'));
    expect(await sms.conversationSender(dataSource, randomUUID())).toBeNull();

    await sms.purgeReport(dataSource, tip);
    expect(await sms.conversationSender(dataSource, tip)).toBeNull();
    expect((await db.query(`SELECT 1 FROM sms_inbound WHERE report_id = $1`, [tip])).rows).toEqual([]);
    expect(await sms.conversationSender(dataSource, older)).toEqual(Buffer.from('sealed-1'));
  });
});
