-- Schema 10: every document filed in a case has a running number there (issue 14), so that it has a
-- reference a person can say, write on paper and type: the case's reference and the number,
-- "63.01.02-0001/2026-002/3". Numbers are never handed out twice in a case — a document moved
-- away keeps its gap — so they come from reference_counter ("document:<case id>").
--
-- Under a central repository the server numbers (its trigger on document); until its number
-- arrives, a document filed here is numbered provisionally: negative, shown as "/P1", never meeting
-- a number the server hands out. Documents in the intake have none (NULL).
ALTER TABLE document ADD COLUMN number INTEGER;

UPDATE document SET number = ranked.n
FROM (SELECT id, row_number() OVER (PARTITION BY case_id ORDER BY created_at, rowid) AS n
      FROM document WHERE case_id IS NOT NULL) AS ranked
WHERE document.id = ranked.id;

INSERT INTO reference_counter (scope, last_value)
SELECT 'document:' || case_id, max(number) FROM document WHERE case_id IS NOT NULL GROUP BY case_id
ON CONFLICT(scope) DO UPDATE SET last_value = max(last_value, excluded.last_value);

CREATE INDEX document_case_number ON document(case_id, number);
