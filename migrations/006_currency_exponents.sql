-- tally schema, version 6: amounts in each currency's own exponent (ISO 4217): 1500 JPY is stored
-- as 1500, 12.345 BHD as 12345. An earlier tally stored every amount with
-- two decimal places. The currencies whose exponent is not two are named
-- here as ISO 4217 had them when this migration was written:
--   none: BIF, CLP, DJF, GNF, ISK, JPY, KMF, KRW, PYG, RWF, UGX, UYI, VND, VUV, XAF, XOF, XPF
--   three: BHD, IQD, JOD, KWD, LYD, OMR, TND; four: CLF, UYW
--
-- Plans and seat prices are offers, not history: they are rescaled (half
-- up where places are dropped). Orders and issued invoices never change:
-- each one in such a currency is marked as written with two places, and
-- shown so.

UPDATE plans SET price_minor = CASE
    WHEN currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN (price_minor + 50) / 100
    WHEN currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN price_minor * 10
    WHEN currency IN ('CLF', 'UYW') THEN price_minor * 100
    ELSE price_minor END
WHERE currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW');
UPDATE seat_prices SET price_minor = CASE
    WHEN currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF') THEN (price_minor + 50) / 100
    WHEN currency IN ('BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND') THEN price_minor * 10
    WHEN currency IN ('CLF', 'UYW') THEN price_minor * 100
    ELSE price_minor END
WHERE currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW');
ALTER TABLE orders ADD COLUMN minor_digits INTEGER CHECK (minor_digits = 2);
ALTER TABLE invoices ADD COLUMN minor_digits INTEGER CHECK (minor_digits = 2);
DROP TRIGGER orders_no_update;
UPDATE orders SET minor_digits = 2 WHERE currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW');
CREATE TRIGGER orders_no_update BEFORE UPDATE ON orders
BEGIN SELECT RAISE(ABORT, 'orders are never changed'); END;
DROP TRIGGER invoices_no_update;
UPDATE invoices SET minor_digits = 2 WHERE currency IN ('BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND', 'CLF', 'UYW');
CREATE TRIGGER invoices_no_update BEFORE UPDATE ON invoices
BEGIN SELECT RAISE(ABORT, 'an issued invoice never changes'); END;
