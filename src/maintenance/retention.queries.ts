/** Types generated for queries found in "src/maintenance/retention.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'PurgedAmong' parameters type */
export interface IPurgedAmongParams {
  reportIds: stringArray;
}

/** 'PurgedAmong' return type */
export interface IPurgedAmongResult {
  report_id: string;
}

/** 'PurgedAmong' query type */
export interface IPurgedAmongQuery {
  params: IPurgedAmongParams;
  result: IPurgedAmongResult;
}

const purgedAmongIR: any = {"usedParamSet":{"reportIds":true},"params":[{"name":"reportIds","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":83}]}],"statement":"SELECT DISTINCT report_id\n  FROM retention_purge\n WHERE report_id = ANY (:reportIds!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT DISTINCT report_id
 *   FROM retention_purge
 *  WHERE report_id = ANY (:reportIds!::uuid[])
 * ```
 */
export const purgedAmong = new PreparedQuery<IPurgedAmongParams,IPurgedAmongResult>(purgedAmongIR);


/** 'RecordPurge' parameters type */
export interface IRecordPurgeParams {
  attachmentBytes: string;
  attachmentsRemoved: number;
  identityRemoved: boolean;
  reportId: string;
}

/** 'RecordPurge' return type */
export type IRecordPurgeResult = void;

/** 'RecordPurge' query type */
export interface IRecordPurgeQuery {
  params: IRecordPurgeParams;
  result: IRecordPurgeResult;
}

const recordPurgeIR: any = {"usedParamSet":{"reportId":true,"identityRemoved":true,"attachmentsRemoved":true,"attachmentBytes":true},"params":[{"name":"reportId","required":true,"transform":{"type":"scalar"},"locs":[{"a":105,"b":114}]},{"name":"identityRemoved","required":true,"transform":{"type":"scalar"},"locs":[{"a":117,"b":133}]},{"name":"attachmentsRemoved","required":true,"transform":{"type":"scalar"},"locs":[{"a":136,"b":155}]},{"name":"attachmentBytes","required":true,"transform":{"type":"scalar"},"locs":[{"a":158,"b":174}]}],"statement":"INSERT INTO retention_purge (report_id, identity_removed, attachments_removed, attachment_bytes)\nVALUES (:reportId!, :identityRemoved!, :attachmentsRemoved!, :attachmentBytes!)"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO retention_purge (report_id, identity_removed, attachments_removed, attachment_bytes)
 * VALUES (:reportId!, :identityRemoved!, :attachmentsRemoved!, :attachmentBytes!)
 * ```
 */
export const recordPurge = new PreparedQuery<IRecordPurgeParams,IRecordPurgeResult>(recordPurgeIR);


