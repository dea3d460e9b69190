package vn.cbcs.recruitment.web;

import java.util.List;

/**
 * The content of a round's recruitment decision draft (NĐ 30/2020/NĐ-CP layout: letterhead, title,
 * bases, articles, recipients and signature, then the list of those recruited), written as DOCX
 * ({@link RoundDocx}) or PDF ({@link DecisionPdf}) from the same text.
 */
record DecisionDraft(
    String issuer,
    String number,
    String dateLine,
    String subject,
    List<String> bases,
    List<List<String>> articles,
    List<String> recipients,
    String capacity,
    String signer,
    String listTitle,
    List<String> header,
    List<List<String>> rows) {}
