-- English names of the person record's code lists (issue 17: "names, not codes, in both
-- languages"). Religions are translated as in the English usage of the Government Committee for
-- Religious Affairs (Ban Tôn giáo Chính phủ); ethnic groups keep their own names, written without
-- Vietnamese diacritics as in the English publications of the General Statistics Office (Tày →
-- Tay, Khơ-me → Khmer by the same rule, H'Mông → H'Mong).
ALTER TABLE religion ADD COLUMN name_en text;
ALTER TABLE ethnicity ADD COLUMN name_en text;

UPDATE religion r SET name_en = v.name_en FROM (VALUES
    ('00', 'None'),
    ('01', 'Buddhism'),
    ('02', 'Catholicism'),
    ('03', 'Hoa Hao Buddhism'),
    ('04', 'Islam'),
    ('05', 'Cao Dai'),
    ('06', 'Minh Su Dao'),
    ('07', 'Minh Ly Dao'),
    ('08', 'Protestantism'),
    ('09', 'Pure Land Buddhist Home-Practice Association of Vietnam'),
    ('10', 'Tu An Hieu Nghia'),
    ('11', 'Buu Son Ky Huong'),
    ('12', 'Baha''i Faith'),
    ('13', 'Brahmanism'),
    ('14', 'The Church of Jesus Christ of Latter-day Saints (Mormon)'),
    ('15', 'Seventh-day Adventist Church'),
    ('16', 'Hieu Nghia Ta Lon Buddhism')
) AS v(code, name_en) WHERE r.code = v.code;

-- đ/Đ are letters of their own, not accented d: unaccent maps them to d/D as wanted here.
UPDATE ethnicity SET name_en = CASE code WHEN '05' THEN 'Khmer' ELSE unaccent(name) END;
