// name: naive_claim
// description: Naive baseline (bench only): upserts one claim or quantity.
// params: id, props, is_quantity
MERGE (c:Claim {id: $id})
SET c += $props
WITH c
WHERE $is_quantity
SET c:Quantity
