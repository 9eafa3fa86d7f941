-- btree_gist lets a GiST index mix equality on scalar columns with range overlap:
-- the room bookings' EXCLUDE constraint (room WITH =, during WITH &&) needs it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
