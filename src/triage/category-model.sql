/* Queries of the learned category model's repository (category-model.repository.ts): category_model and its examples. */

/* @name LatestModelVersion */
SELECT max(version) AS version FROM category_model;

/* @name ModelByVersion */
SELECT model FROM category_model WHERE version = :version!::int;

/* Every staff-confirmed example. */
/* @name ConfirmedExamples */
SELECT category, tokens FROM category_example;

/* What the newest model was trained on, and the newest example since. */
/* @name TrainingState */
SELECT (SELECT examples FROM category_model ORDER BY version DESC LIMIT 1) AS examples,
       (SELECT max(created_at) FROM category_example) AS newest,
       (SELECT max(trained_at) FROM category_model) AS trained_at;

/* @name InsertModel */
INSERT INTO category_model (examples, categories, model) VALUES (:examples!::int, :categories!::int, :model!::jsonb)
RETURNING version;

/*
 * How often triage's first category was the one staff confirmed, by blocks of consecutive
 * confirmations (in the order they were made), with the newest model version of each block.
 */
/* @name LearningCurve */
SELECT ((x.n - 1) / :blockSize!::int)::int AS "block!", count(*)::int AS "n!",
       count(*) FILTER (WHERE x.suggested = x.category)::int AS "right!",
       max(x.model_version) AS model_version
  FROM (SELECT e.category, t.categories -> 0 ->> 'code' AS suggested, t.model_version,
               row_number() OVER (ORDER BY e.created_at, e.report_id) AS n
          FROM category_example e JOIN report_triage t ON t.report_id = e.report_id) AS x
 GROUP BY 1 ORDER BY 1;
