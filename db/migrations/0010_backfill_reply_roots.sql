-- Existing replies get their top-level ancestor (replies_root_id_idx serves
-- the paged thread page). Top-level replies keep root_id null. New replies
-- set it on insert (lib/replies/create-reply.ts).
--
-- The cooked HTML columns added in the previous migration are NOT filled
-- here: SQL cannot run the Markdown renderer. Existing rows have
-- render_version null and are cooked in the background at start-up, in
-- batches (lib/markdown/recook-posts.ts); until then a read shows such a
-- body as escaped plain text (never the Markdown pipeline).
WITH RECURSIVE tree AS (
  SELECT id, id AS root FROM replies WHERE parent_id IS NULL
  UNION ALL
  SELECT r.id, tree.root FROM replies r JOIN tree ON r.parent_id = tree.id
)
UPDATE replies SET root_id = tree.root
FROM tree
WHERE replies.id = tree.id AND replies.parent_id IS NOT NULL;
