/** Types generated for queries found in "src/triage/category-model.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type stringArray = (string)[];

/** 'LatestModelVersion' parameters type */
export type ILatestModelVersionParams = void;

/** 'LatestModelVersion' return type */
export interface ILatestModelVersionResult {
  version: number | null;
}

/** 'LatestModelVersion' query type */
export interface ILatestModelVersionQuery {
  params: ILatestModelVersionParams;
  result: ILatestModelVersionResult;
}

const latestModelVersionIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT max(version) AS version FROM category_model"};

/**
 * Query generated from SQL:
 * ```
 * SELECT max(version) AS version FROM category_model
 * ```
 */
export const latestModelVersion = new PreparedQuery<ILatestModelVersionParams,ILatestModelVersionResult>(latestModelVersionIR);


/** 'ModelByVersion' parameters type */
export interface IModelByVersionParams {
  version: number;
}

/** 'ModelByVersion' return type */
export interface IModelByVersionResult {
  model: Json;
}

/** 'ModelByVersion' query type */
export interface IModelByVersionQuery {
  params: IModelByVersionParams;
  result: IModelByVersionResult;
}

const modelByVersionIR: any = {"usedParamSet":{"version":true},"params":[{"name":"version","required":true,"transform":{"type":"scalar"},"locs":[{"a":49,"b":57}]}],"statement":"SELECT model FROM category_model WHERE version = :version!::int                                    "};

/**
 * Query generated from SQL:
 * ```
 * SELECT model FROM category_model WHERE version = :version!::int                                    
 * ```
 */
export const modelByVersion = new PreparedQuery<IModelByVersionParams,IModelByVersionResult>(modelByVersionIR);


/** 'ConfirmedExamples' parameters type */
export type IConfirmedExamplesParams = void;

/** 'ConfirmedExamples' return type */
export interface IConfirmedExamplesResult {
  category: string;
  tokens: stringArray;
}

/** 'ConfirmedExamples' query type */
export interface IConfirmedExamplesQuery {
  params: IConfirmedExamplesParams;
  result: IConfirmedExamplesResult;
}

const confirmedExamplesIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT category, tokens FROM category_example                                                                         "};

/**
 * Query generated from SQL:
 * ```
 * SELECT category, tokens FROM category_example                                                                         
 * ```
 */
export const confirmedExamples = new PreparedQuery<IConfirmedExamplesParams,IConfirmedExamplesResult>(confirmedExamplesIR);


/** 'TrainingState' parameters type */
export type ITrainingStateParams = void;

/** 'TrainingState' return type */
export interface ITrainingStateResult {
  examples: number | null;
  newest: Date | null;
  trained_at: Date | null;
}

/** 'TrainingState' query type */
export interface ITrainingStateQuery {
  params: ITrainingStateParams;
  result: ITrainingStateResult;
}

const trainingStateIR: any = {"usedParamSet":{},"params":[],"statement":"SELECT (SELECT examples FROM category_model ORDER BY version DESC LIMIT 1) AS examples,\n       (SELECT max(created_at) FROM category_example) AS newest,\n       (SELECT max(trained_at) FROM category_model) AS trained_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT (SELECT examples FROM category_model ORDER BY version DESC LIMIT 1) AS examples,
 *        (SELECT max(created_at) FROM category_example) AS newest,
 *        (SELECT max(trained_at) FROM category_model) AS trained_at
 * ```
 */
export const trainingState = new PreparedQuery<ITrainingStateParams,ITrainingStateResult>(trainingStateIR);


/** 'InsertModel' parameters type */
export interface IInsertModelParams {
  categories: number;
  examples: number;
  model: Json;
}

/** 'InsertModel' return type */
export interface IInsertModelResult {
  version: number;
}

/** 'InsertModel' query type */
export interface IInsertModelQuery {
  params: IInsertModelParams;
  result: IInsertModelResult;
}

const insertModelIR: any = {"usedParamSet":{"examples":true,"categories":true,"model":true},"params":[{"name":"examples","required":true,"transform":{"type":"scalar"},"locs":[{"a":65,"b":74}]},{"name":"categories","required":true,"transform":{"type":"scalar"},"locs":[{"a":82,"b":93}]},{"name":"model","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":107}]}],"statement":"INSERT INTO category_model (examples, categories, model) VALUES (:examples!::int, :categories!::int, :model!::jsonb)\nRETURNING version                                                                                                                                                                                              "};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO category_model (examples, categories, model) VALUES (:examples!::int, :categories!::int, :model!::jsonb)
 * RETURNING version                                                                                                                                                                                              
 * ```
 */
export const insertModel = new PreparedQuery<IInsertModelParams,IInsertModelResult>(insertModelIR);


/** 'LearningCurve' parameters type */
export interface ILearningCurveParams {
  blockSize: number;
}

/** 'LearningCurve' return type */
export interface ILearningCurveResult {
  block: number;
  model_version: number | null;
  n: number;
  right: number;
}

/** 'LearningCurve' query type */
export interface ILearningCurveQuery {
  params: ILearningCurveParams;
  result: ILearningCurveResult;
}

const learningCurveIR: any = {"usedParamSet":{"blockSize":true},"params":[{"name":"blockSize","required":true,"transform":{"type":"scalar"},"locs":[{"a":20,"b":30}]}],"statement":"SELECT ((x.n - 1) / :blockSize!::int)::int AS \"block!\", count(*)::int AS \"n!\",\n       count(*) FILTER (WHERE x.suggested = x.category)::int AS \"right!\",\n       max(x.model_version) AS model_version\n  FROM (SELECT e.category, t.categories -> 0 ->> 'code' AS suggested, t.model_version,\n               row_number() OVER (ORDER BY e.created_at, e.report_id) AS n\n          FROM category_example e JOIN report_triage t ON t.report_id = e.report_id) AS x\n GROUP BY 1 ORDER BY 1"};

/**
 * Query generated from SQL:
 * ```
 * SELECT ((x.n - 1) / :blockSize!::int)::int AS "block!", count(*)::int AS "n!",
 *        count(*) FILTER (WHERE x.suggested = x.category)::int AS "right!",
 *        max(x.model_version) AS model_version
 *   FROM (SELECT e.category, t.categories -> 0 ->> 'code' AS suggested, t.model_version,
 *                row_number() OVER (ORDER BY e.created_at, e.report_id) AS n
 *           FROM category_example e JOIN report_triage t ON t.report_id = e.report_id) AS x
 *  GROUP BY 1 ORDER BY 1
 * ```
 */
export const learningCurve = new PreparedQuery<ILearningCurveParams,ILearningCurveResult>(learningCurveIR);


