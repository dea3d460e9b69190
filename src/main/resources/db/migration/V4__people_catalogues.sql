-- Person records (module people): the fields of the official CV form (Mẫu sơ yếu lý lịch,
-- TT 06/2023/TT-BNV), keyed by the 12-digit personal identification number.

-- Ethnic groups, codes of QĐ 121-TCTK/PPCĐ (1979); 55 and 56 are application extras, not official.
-- A table, not an enum: a second coding (QĐ 1019/QĐ-TCTK, 2008) exists and may be mapped later.
CREATE TABLE ethnicity (
    code        char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name        text    NOT NULL,
    other_names text,
    official    boolean NOT NULL
);

INSERT INTO ethnicity (code, name, other_names, official) VALUES
    ('01', 'Kinh', 'Việt', true),
    ('02', 'Tày', 'Thổ, Ngạn, Phén, Thù Lao, Pa Dí, Tày Khao', true),
    ('03', 'Thái', 'Tày Đăm, Tày Mười, Tày Thanh, Mán Thanh, Hàng Bông, Tày Mường, Pa Thay, Thổ Đà Bắc', true),
    ('04', 'Hoa', 'Hán, Triều Châu, Phúc Kiến, Quảng Đông, Hải Nam, Hạ, Xạ Phạng', true),
    ('05', 'Khơ-me', 'Cur, Cul, Cu, Thổ, Việt gốc Miên, Krôm', true),
    ('06', 'Mường', 'Mol, Mual, Mọi, Mọi Bi, Ao Tá, Ậu Tá', true),
    ('07', 'Nùng', 'Xuồng, Giang, Nùng An, Phàn Sinh, Nùng Cháo, Nùng Lòi, Quý Rim, Khèn Lài', true),
    ('08', 'HMông', 'Mèo, Hoa, Mèo Xanh, Mèo Đỏ, Mèo Đen, Ná Mẻo, Mán Trắng', true),
    ('09', 'Dao', 'Mán, Động, Trại, Xá, Dìu, Miên, Kiềm, Miền, Quần Trắng, Dao Đỏ, Quần Chẹt, Lô Giang, Dao Tiền, Thanh Y, Lan Tẻn, Đại Bản, Tiểu Bản, Cóc Ngáng, Cóc Mùn, Sơn Đầu', true),
    ('10', 'Gia-rai', 'Giơ-rai, Tơ-buăn, Chơ-rai, Hơ-bau, Hđrung, Chor', true),
    ('11', 'Ngái', 'Xín, Lê, Đản, Khách Gia', true),
    ('12', 'Ê-đê', 'Ra-đê, Đê, Kpạ, A-đham, Krung, Ktul, Đliê Ruê, Blô, Epan, Mđhur, Bih', true),
    ('13', 'Ba na', 'Giơ-lar. Tơ-lô, Giơ-lâng, Y-lăng, Rơ-ngao, Krem, Roh, ConKđe, A-la Công, Kpăng Công, Bơ-nâm', true),
    ('14', 'Xơ-Đăng', 'Xơ-teng, Hđang, Tơ-đra, Mơ-nâm, Ha-lăng, Ca-dong, Kmrâng, ConLan, Bri-la, Tang', true),
    ('15', 'Sán Chay', 'Cao Lan, Sán Chỉ, Mán Cao Lan, Hờn Bạn, Sơn Tử', true),
    ('16', 'Cơ-ho', 'Xrê, Nốp, Tu-lốp, Cơ-don, Chil, Lat, Lach, Trinh', true),
    ('17', 'Chăm', 'Chàm, Chiêm Thành, Hroi', true),
    ('18', 'Sán Dìu', 'Sán Dẻo, Trại, Trại Đất, Mán, Quần Cộc', true),
    ('19', 'Hrê', 'Chăm Rê, Chom, Krẹ Luỹ', true),
    ('20', 'Mnông', 'Pnông, Nông, Pré, Bu-đâng, ĐiPri, Biat, Gar, Rơ-lam, Chil', true),
    ('21', 'Ra-glai', 'Ra-clây, Rai, Noang, La-oang', true),
    ('22', 'Xtiêng', 'Xa-điêng', true),
    ('23', 'Bru-Vân Kiều', 'Bru, Vân Kiều, Măng Coong, Tri Khùa', true),
    ('24', 'Thổ', 'Kẹo, Mọn, Cuối, Họ, Đan Lai, Ly Hà, Tày Pọng, Con Kha, Xá Lá Vàng', true),
    ('25', 'Giáy', 'Nhắng, Dẩng, Pầu Thìn Nu Nà, Cùi Chu, Xa', true),
    ('26', 'Cơ-tu', 'Ca-tu, Cao, Hạ, Phương, Ca-tang', true),
    ('27', 'Gié Triêng', 'Đgiéh, Tareb, Giang Rẫy Pin, Triêng, Treng, Ta-riêng, Ve, Veh, La-ve, Ca-tang', true),
    ('28', 'Mạ', 'Châu Mạ, Mạ Ngăn, Mạ Xóp, Mạ Tô, Mạ Krung', true),
    ('29', 'Khơ-mú', 'Xá Cẩu, Mứn Xen, Pu Thênh, Tềnh, Tày Hay', true),
    ('30', 'Co', 'Cor, Col, Cùa, Trầu', true),
    ('31', 'Tà-ôi', 'Tôi-ôi, Pa-co, Pa-hi, Ba-hi', true),
    ('32', 'Chơ-ro', 'Dơ-ro, Châu-ro', true),
    ('33', 'Kháng', 'Xá Khao, Xá Súa, Xá Dón, Xá Dẩng, Xá Hốc, Xá Ái, Xá Bung, Quảng Lâm', true),
    ('34', 'Xinh-mun', 'Puộc, Pụa', true),
    ('35', 'Hà Nhì', 'U Ni, Xá U Ni', true),
    ('36', 'Chu ru', 'Chơ-ru, Chu', true),
    ('37', 'Lào', 'Là Bốc, Lào Nọi', true),
    ('38', 'La Chí', 'Cù Tê, La Quả', true),
    ('39', 'La Ha', 'Xá Khao, Khlá Phlạo', true),
    ('40', 'Phù Lá', 'Bồ Khô Pạ, Mu Di Pạ Xá, Phó, Phổ, Va Xơ', true),
    ('41', 'La Hủ', 'Lao, Pu Đang, Khù Xung, Cò Xung, Khả Quy', true),
    ('42', 'Lự', 'Lừ, Nhuồn, Duôn', true),
    ('43', 'Lô Lô', 'Mun Di', true),
    ('44', 'Chứt', 'Sách, Máy, Rục, Mã-liêng, A-rem, Tu vang, Pa-leng, Xơ-Lang, Tơ-hung, Chà-củi, Tắc-củi, U-mo, Xá Lá Vàng', true),
    ('45', 'Mảng', 'Mảng Ư, Xá Lá Vàng', true),
    ('46', 'Pà Thẻn', 'Pà Hưng, Tống', true),
    ('47', 'Co Lao', NULL, true),
    ('48', 'Cống', 'Xắm Khống, Mấng Nhé, Xá Xeng', true),
    ('49', 'Bố Y', 'Chủng Chá, Trọng Gia, Tu Di, Tu Din', true),
    ('50', 'Si La', 'Cù Dề Xừ, Khả pẻ', true),
    ('51', 'Pu Péo', 'Ka Pèo, Pen Ti Lô Lô', true),
    ('52', 'Brâu', 'Brao', true),
    ('53', 'Ơ Đu', 'Tày Hạt', true),
    ('54', 'Rơ măm', NULL, true),
    ('55', 'Người nước ngoài', NULL, false),
    ('56', 'Không rõ', NULL, false);


-- Religions: the 14 of QĐ 1019/QĐ-TCTK (2008) as transcribed, the two recognised since (16 in
-- all, REGULATIONS.md §4) and "Không" (none). No official numeric list exists for 15, 16 and 00.
CREATE TABLE religion (
    code   char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name   text    NOT NULL,
    source text    NOT NULL
);

INSERT INTO religion (code, name, source) VALUES
    ('00', 'Không', 'CBCS: no religion'),
    ('01', 'Phật giáo', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('02', 'Công giáo', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('03', 'Phật giáo Hoà Hảo', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('04', 'Hồi giáo', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('05', 'Cao Đài', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('06', 'Minh sư đạo', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('07', 'Minh Lý đạo', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('08', 'Tin Lành', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('09', 'Tịnh độ cư sĩ Phật hội Việt Nam', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('10', 'Đạo Tứ ân hiếu nghĩa', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('11', 'Bửu sơn Kỳ hương', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('12', 'Đạo Ba Ha''i', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('13', 'Bà La Môn', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('14', 'Mặc Môn (Giáo hội Các Thánh hữu Ngày sau của Chúa Giêsu Kytô) - bổ sung theo QĐ 132/QĐ-TGCP 30/5/2014', 'QĐ 1019/QĐ-TCTK 2008 (transcribed)'),
    ('15', 'Cơ đốc Phục lâm', 'CBCS: recognised religion missing from the 2008 list'),
    ('16', 'Phật giáo Hiếu Nghĩa Tà Lơn', 'CBCS: recognised religion missing from the 2008 list');
