/* Queries of the reminders module's repository (reminders.repository.ts): the digest sent to each person each day. */

/* Who has had a digest on a day. */
/* @name DigestedOn */
SELECT user_id FROM reminder_digest WHERE day = :day!::date;

/* Claims a person's digest of a day (once however often the job runs); no row when it was claimed already. */
/* @name ClaimDigest */
INSERT INTO reminder_digest (user_id, day, message_id, items) VALUES (:userId!::uuid, :day!::date, gen_random_uuid(), :items!::int)
ON CONFLICT DO NOTHING
RETURNING user_id;

/* @name SetDigestMessage */
UPDATE reminder_digest SET message_id = :messageId!::uuid WHERE user_id = :userId!::uuid AND day = :day!::date;
