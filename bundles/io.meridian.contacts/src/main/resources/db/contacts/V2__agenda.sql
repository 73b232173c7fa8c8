-- What the stay-in-touch agenda reads in one pass: the latest interactions of the last days,
-- and the open commitments due soon, without scanning either table whole.
CREATE INDEX interaction_recent ON interaction (occurred_at);
CREATE INDEX commitment_open_due ON commitment (state, due_on);
