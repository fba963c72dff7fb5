-- 指标口径对照（docs/indicators-mapping.md）: where a module computes the same quantity as a reported indicator it now
-- does so under the reported code (RECON_APPLICATIONS, LITIGATION_HEAD_APPEARANCE_RATE, DISCLOSURE_REQUESTS,
-- PROPOSALS_NPC, PROPOSALS_CPPCC); no stored form value, target or report reference used the modules' old codes, so
-- nothing is renamed here. Where the module's quantity differs, both stay and the reported definition says how.

ALTER TABLE ind_definition ADD COLUMN transition_year INT;
COMMENT ON COLUMN ind_definition.transition_year IS '过渡年度：业务模块开始计算该指标后，该年度及以前的填报表仍保留此项，填报值与计算值并列比对；以后年度不再填报';

UPDATE ind_definition SET transition_year = 2026, updated_by = 'migration'
WHERE county_code = '000000'
  AND code IN ('RECON_APPLICATIONS', 'LITIGATION_HEAD_APPEARANCE_RATE', 'DISCLOSURE_REQUESTS', 'PROPOSALS_NPC', 'PROPOSALS_CPPCC');

UPDATE ind_definition d SET basis = v.basis, updated_by = 'migration'
FROM (VALUES
 ('NORMDOC_ISSUED', '以公布日期归入年度；规范性文件模块的“制发行政规范性文件件数”（ND_ISSUED）以印发日期归入年度，跨年印发、公布的文件两者不同'),
 ('NORMDOC_REVIEW_RATE', '÷ 当年公布件数，分子为公布前经合法性审核的（不论审核结论）；模块的“合法性审核率”（ND_LEGALITY_REVIEW_RATE）÷ 当年印发件数，分子只计审核通过的'),
 ('NORMDOC_FILING_RATE', '按件计，一件文件向应报的全部机关报送即计一件；模块的“报备率”（ND_FILING_RATE）按件次计，报上一级政府、报本级人大常委会各计一件次'),
 ('NORMDOC_FILING_TIMELY_RATE', '÷ 已报备件数（不以应报备件数为分母）；模块的“报备及时率”（ND_FILING_TIMELY_RATE）÷ 应报备件次，按本地报备期限判断'),
 ('NORMDOC_CONFORMITY_RATE', '以备案审查未被纠错为准，按件计；模块的“报备规范率”（ND_FILING_REGULAR_RATE）以报备材料未经退回补正即准予备案为准，按件次计'),
 ('NORMDOC_PUBLICATION_RATE', '÷ 当年公布件数，分子为通过公报、网站等向社会公开的；模块的“公开率”（ND_PUBLICATION_RATE）÷ 当年印发件数，分子为印发后已公布的'),
 ('NORMDOC_EVALUATED', '按文件计，同一文件年内多次评估计一个；模块的“实施后评估件数”（ND_EVALUATED）按评估次数计'),
 ('LEGALITY_REVIEWS', '按完成审查计，含司法所、法律顾问在各单位完成的审查；合法性审查模块的“合法性审查件数”（RV_REQUESTS）只计司法行政部门收件的事项，按收件日期'),
 ('LEGALITY_REVIEW_OPINIONS', '含司法所、法律顾问提出的意见；合法性审查模块的“提出审查意见条数”（RV_OPINIONS）只计司法行政部门办结事项的意见，按办结日期'),
 ('ENF_EXAM_PASS_RATE', '按人数计，同一人年内多次参考计一人；执法模块的“行政执法资格考试通过率”（ENF_QUALIFICATION_PASS_RATE）按人次计'),
 ('ENF_TOWNSHIP_CASE_COVERAGE', '÷ 承接综合行政执法的乡镇（街道）数，分子为办结案件的；执法模块的“乡镇（街道）办案覆盖率”（ENF_TOWNSHIP_COVERAGE_RATE）÷ 全部乡镇（街道）数，分子为作出执法决定的'),
 ('RECON_RESOLVED_BEFORE_ACCEPTANCE', '按收到申请的年度归类（本年收到的申请中受理前化解的）；复议模块的“受理前化解”（RECON_PRE_ACCEPTANCE_RESOLVED）按化解之日归入年度'),
 ('RECON_CONCLUDED', '按收到申请的年度归类（本年收到的申请中已办结的）；复议模块的“审结”（RECON_DECIDED）按决定之日归入年度，含以前年度收到的案件'),
 ('RECON_PENDING', '本年收到的申请中年末在办的；复议模块的“在办”（RECON_IN_REVIEW）为期末全部已受理未审结案件，含以前年度收到的'),
 ('RECON_DIRECT_CORRECTION_RATE', '÷ 审结（全国通行口径），不以新受理案件数为分母；分子不含确认无效。复议模块的“纠错率”（RECON_CORRECTION_RATE）分子另含确认无效决定（第六十七条）'),
 ('RECON_SETTLEMENT_RATE', '以审结后未再起诉、未信访为准；复议模块的“案结事了率”（RECON_SETTLED_RATE）以未起诉、未就同一行为再次申请复议为准（信访不在本平台登记）'),
 ('TASKS_COMPLETION_RATE', '÷ 本年度工作要点分解的全部任务，年末完成即计；督办模块的“工作要点任务办结率”（TASK_PLAN_COMPLETION_RATE）÷ 完成期限在统计期内的任务，以审核办结为准')
) AS v(code, basis)
WHERE d.county_code = '000000' AND d.code = v.code;

-- 维护填报指标目录: the administrator and the 依法治县办 (COORDINATOR) add and edit reported definitions.
INSERT INTO org_permission (code, name, module_name, sort_order) VALUES
 ('indicators:catalog:edit', '维护填报指标目录', '指标', 704);

INSERT INTO org_role_permission (role_id, permission)
SELECT r.id, p.permission FROM org_role r
JOIN (VALUES ('ADMIN','indicators:catalog:edit'), ('COORDINATOR','indicators:catalog:edit')) AS p(role, permission)
  ON p.role = r.code;
