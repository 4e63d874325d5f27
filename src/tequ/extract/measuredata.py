"""Cue tables for the measures stage (clean, Simplified text).

Every entry carries its own note (the last field), so that each word has a reason next to it;
``tests/extract/test_measures.py`` checks that no note is empty and no cue is listed twice.

Weights of action verbs say how concrete the action is: 1.0 for an act that changes the world
by itself (出台, 设立, 建成), 0.6 for a programme verb that still names a concrete effort
(推进, 打造), 0.3 for a verb that mostly states an intention or a purpose (促进, 加强).
A clause is kept as a measure when its verb weight plus the concreteness of its object
reaches ``KEEP_THRESHOLD`` (see measurekeep.py).
"""

from __future__ import annotations

# keep-test, actor and time tables live in their own modules, re-exported here (md.PLACES)
from tequ.extract.measureattrdata import GOV_PREFIXES as GOV_PREFIXES
from tequ.extract.measureattrdata import GOV_SUFFIXES as GOV_SUFFIXES
from tequ.extract.measureattrdata import LEAD_WORDS as LEAD_WORDS
from tequ.extract.measureattrdata import PLACES as PLACES
from tequ.extract.measureattrdata import PLAN_PERIODS as PLAN_PERIODS
from tequ.extract.measureattrdata import REPORTING_VERBS as REPORTING_VERBS
from tequ.extract.measureattrdata import SELF_REFERENCES as SELF_REFERENCES
from tequ.extract.measurekeepdata import ABSTRACT_NOUNS as ABSTRACT_NOUNS
from tequ.extract.measurekeepdata import ADVISERS as ADVISERS
from tequ.extract.measurekeepdata import AIM_MARKERS as AIM_MARKERS
from tequ.extract.measurekeepdata import ANNOUNCED_NEWS as ANNOUNCED_NEWS
from tequ.extract.measurekeepdata import ANNOUNCING_VERBS as ANNOUNCING_VERBS
from tequ.extract.measurekeepdata import CAPTION_CUES as CAPTION_CUES
from tequ.extract.measurekeepdata import COMPANY_SUBJECTS as COMPANY_SUBJECTS
from tequ.extract.measurekeepdata import CONCRETE_NOUNS as CONCRETE_NOUNS
from tequ.extract.measurekeepdata import COPULAS as COPULAS
from tequ.extract.measurekeepdata import NEVER_SENTENCES as NEVER_SENTENCES
from tequ.extract.measurekeepdata import NON_GOV_SPEECH as NON_GOV_SPEECH
from tequ.extract.measurekeepdata import PRODUCT_WORDS as PRODUCT_WORDS
from tequ.extract.measurekeepdata import PUBLIC_OPERATORS as PUBLIC_OPERATORS
from tequ.extract.measurekeepdata import REPORT_OBJECTS as REPORT_OBJECTS
from tequ.extract.measurekeepdata import YEAR_ROLES as YEAR_ROLES

# (verb, weight, status when nothing else in the clause or sentence decides, note)
ACTION_VERBS: tuple[tuple[str, float, str, str], ...] = (
    # -- issuing documents and rules
    ("出台", 1.0, "done", "issue a policy or rule"),
    ("印发", 1.0, "done", "issue a document in print"),
    ("发布", 1.0, "done", "publish a plan, list or product"),
    ("公布", 1.0, "done", "make a document public"),
    ("制定", 1.0, "done", "draw up a plan or rule"),
    ("编制", 1.0, "done", "compile a plan or standard"),
    ("表决通过", 1.0, "done", "a legislature votes a text through"),
    ("审议通过", 1.0, "done", "a body deliberates and adopts a text"),
    ("通过", 0.3, "done", "adopt (a text), mostly 'by means of', hence low"),
    ("颁布", 1.0, "done", "promulgate a law"),
    ("修订", 1.0, "done", "revise a rule"),
    ("发文", 1.0, "done", "issue a circular"),
    # -- creating bodies, funds, places
    ("设立", 1.0, "done", "set up a body, fund or zone"),
    ("成立", 1.0, "done", "found an organisation"),
    ("组建", 1.0, "done", "form a team or office"),
    ("创立", 1.0, "done", "found a base or organisation"),
    ("创建", 1.0, "done", "create a system or zone"),
    ("建立", 0.9, "done", "establish a mechanism or base"),
    ("搭建", 1.0, "done", "put up a platform"),
    ("开设", 1.0, "done", "open a school, window or course"),
    ("设置", 0.8, "done", "set up posts or counters"),
    ("挂牌", 1.0, "done", "open officially with a plaque"),
    # -- building and opening
    ("建成", 1.0, "done", "finish building"),
    ("建设", 0.8, "done", "build (as a noun, X建设, the verb-final penalty applies)"),
    ("新建", 1.0, "done", "build new facilities"),
    ("改建", 1.0, "done", "rebuild"),
    ("扩建", 1.0, "done", "extend a facility"),
    ("开工", 1.0, "done", "break ground"),
    ("动工", 1.0, "done", "start construction"),
    ("兴建", 1.0, "done", "build (兴建大楼; Hong Kong usage)"),
    ("展开", 0.9, "done", "launch works or a study (展开工程; Hong Kong usage of 开展)"),
    ("推展", 0.8, "ongoing", "push a programme forward (Hong Kong usage of 推进)"),
    ("批准", 0.9, "done", "a body approves funding or a plan (财务委员会批准拨款)"),
    ("竣工", 1.0, "done", "complete construction"),
    ("启用", 1.0, "done", "put into use"),
    ("投用", 1.0, "done", "put into service"),
    ("投入使用", 1.0, "done", "put into service"),
    ("投入运营", 1.0, "done", "go into operation"),
    ("开通", 1.0, "done", "open a line or channel"),
    ("通车", 1.0, "done", "open to traffic"),
    ("贯通", 1.0, "done", "connect through (a line, a tunnel, a greenway)"),
    ("开园", 1.0, "done", "open a park or campus"),
    ("开业", 1.0, "done", "open for business"),
    ("新开", 1.0, "done", "open new routes, lines or branches (新开航线10条)"),
    ("运营", 0.8, "done", "go into operation"),
    ("上线", 1.0, "done", "put an online service live"),
    ("恢复", 0.8, "done", "resume a service"),
    ("升级改造", 1.0, "done", "upgrade a facility"),
    ("改造", 0.8, "done", "renovate"),
    # -- starting and carrying out programmes
    ("启动", 1.0, "done", "launch a programme or project"),
    ("实施", 0.9, "done", "implement a policy"),
    ("实行", 1.0, "done", "put a rule into effect"),
    ("试行", 1.0, "done", "put on trial"),
    ("施行", 1.0, "done", "enforce a law"),
    ("执行", 0.8, "done", "carry out"),
    ("落实", 0.8, "done", "carry out a decision"),
    ("办好", 0.8, "ongoing", "deliver a set of projects (办好十件民生实事)"),
    ("进行中", 0.6, "ongoing", "under way (工程正进行中): the works have begun"),
    ("咨询公众", 0.9, "done", "consult the public on a plan (就走线咨询公众; Hong Kong usage)"),
    ("压减", 0.8, "done", "cut spending or capacity (一般性支出压减10%)"),
    ("开展", 0.9, "done", "carry out an activity or pilot"),
    ("推出", 1.0, "done", "roll out a product or service"),
    ("推广", 0.9, "done", "spread a practice"),
    ("复制推广", 1.0, "done", "replicate a pilot elsewhere"),
    ("举办", 1.0, "done", "host an event"),
    ("举行", 0.7, "done", "hold an event (the event is news, seldom the measure)"),
    ("召开", 0.5, "done", "convene a meeting (the meeting is news, seldom the measure)"),
    ("承办", 1.0, "done", "host an event for another body"),
    ("签约", 1.0, "done", "sign a deal"),
    ("签订", 1.0, "done", "sign an agreement"),
    ("签署", 1.0, "done", "sign a document"),
    ("发放", 1.0, "done", "hand out vouchers or subsidies"),
    ("免征", 1.0, "done", "exempt from a tax"),
    ("免缴", 1.0, "done", "exempt from paying"),
    ("免收", 1.0, "done", "waive a fee"),
    ("减征", 1.0, "done", "levy at a reduced rate"),
    ("减按", 1.0, "done", "levy at a reduced rate (减按15%的税率征收)"),
    ("减免", 1.0, "done", "reduce or waive fees"),
    ("放宽", 1.0, "done", "relax a restriction"),
    ("取消", 0.9, "done", "abolish a requirement"),
    ("承接", 1.0, "done", "take over a power from a higher level"),
    ("首创", 1.0, "done", "pioneer a practice"),
    ("研发", 0.9, "done", "develop a system"),
    ("引进", 1.0, "done", "bring in a firm, team or resource"),
    ("落地", 0.9, "done", "land a project in a place"),
    ("入选", 1.0, "done", "be selected as a pilot"),
    ("获批", 1.0, "done", "obtain approval"),
    ("获批复", 1.0, "done", "obtain the official reply approving a design or plan (not 获批 + 复)"),
    ("获评", 0.5, "done", "be rated: an honour, seldom an act"),
    ("完成", 0.9, "done", "complete a task"),
    ("新增", 0.3, "done", "add capacity: mostly a count, a fact rather than a measure"),
    ("普及", 0.9, "done", "make universal"),
    ("免费", 0.6, "done", "provide free of charge"),
    ("提供", 0.6, "done", "provide a service"),
    ("支持", 0.6, "done", "support (a pilot, a firm)"),
    ("布局", 0.7, "done", "site a facility"),
    ("迭代", 0.6, "done", "iterate a plan"),
    ("布设", 1.0, "done", "lay out stations or points"),
    ("投放", 0.9, "done", "put vehicles or funds into service"),
    ("招引", 0.8, "done", "attract investment"),
    ("实现", 0.6, "done", "achieve a goal"),
    # -- more concrete acts of delivery, staffing, funding and works
    ("交付", 1.0, "done", "hand over housing or a building"),
    ("筹集", 0.9, "done", "raise housing units or funds"),
    ("招聘", 0.8, "done", "recruit staff (teachers, doctors)"),
    ("配建", 1.0, "done", "build as part of a development"),
    ("增设", 1.0, "done", "add counters, lanes or stops"),
    ("增开", 1.0, "done", "add services or routes"),
    ("开办", 1.0, "done", "open a school or service"),
    ("揭牌", 1.0, "done", "unveil the plaque of a new body"),
    ("授牌", 1.0, "done", "award a plaque (designate)"),
    ("认定", 0.9, "done", "certify firms or bases"),
    ("资助", 0.9, "done", "fund projects or people"),
    ("拆除", 0.9, "done", "demolish"),
    ("铺设", 0.9, "done", "lay pipes or cables"),
    ("修复", 0.8, "done", "restore an ecosystem or a structure"),
    ("整治", 0.8, "done", "clean up and rectify"),
    ("配备", 0.8, "done", "equip with staff or devices"),
    ("试运行", 1.0, "done", "run on trial"),
    ("新设", 1.0, "done", "set up new points or offices (新设10个服务点)"),
    ("推行", 0.9, "done", "put a system or practice into effect (推行一票制)"),
    ("梳理", 0.7, "done", "sort out and list items or problems (梳理高频事项, 梳理问题清单)"),
    ("更新", 0.6, "done", "update a list or a catalogue"),
    ("延长", 0.7, "done", "extend opening or clearance hours, a term"),
    ("浇筑", 0.9, "done", "pour concrete (a slab, a floor of the works)"),
    ("掘进", 0.9, "ongoing", "bore a tunnel forward"),
    ("铺轨", 0.9, "done", "lay the track of a line"),
    ("纳入", 0.8, "done", "bring into a scheme, a budget or an assessment (纳入医保, 纳入绩效考核)"),
    ("作为", 0.5, "done", "take as (a priority)"),
    # -- programme verbs: an effort under way
    ("推进", 0.7, "ongoing", "push forward a programme"),
    ("推动", 0.6, "ongoing", "push (a project) forward"),
    ("打造", 0.7, "ongoing", "build up a zone or brand"),
    ("探索", 0.6, "ongoing", "explore a new model"),
    ("谋划", 0.7, "ongoing", "plan a project"),
    ("深化", 0.6, "done", "deepen a reform"),
    ("优化", 0.5, "done", "optimise a system"),
    ("扩大", 0.6, "done", "expand supply"),
    ("拓展", 0.5, "done", "extend functions or channels"),
    ("培育", 0.5, "ongoing", "nurture an industry"),
    ("构建", 0.5, "done", "construct a system"),
    ("健全", 0.6, "done", "make a mechanism complete"),
    ("完善", 0.4, "done", "improve a system"),
    ("形成", 0.5, "done", "form a pattern"),
    ("创新", 0.6, "done", "innovate (as a verb)"),
    ("研究", 0.4, "ongoing", "study (often before another verb)"),
    ("筹建", 1.0, "ongoing", "prepare to build"),
    ("盘活", 0.8, "done", "revitalise idle assets"),
    ("打通", 0.8, "done", "open up a connection"),
    ("加密", 0.8, "done", "run more often (bus lines)"),
    ("封顶", 1.0, "done", "top out a building"),
    ("完工", 1.0, "done", "finish works"),
    ("调整", 0.5, "done", "shift (a function elsewhere)"),
    ("施工", 0.6, "ongoing", "carry out construction"),
    ("开放", 0.7, "done", "open a park or a section to the public (对外开放 is mostly a slogan)"),
    ("征集", 0.8, "done", "call for opinions, projects or proposals"),
    ("更换", 0.8, "done", "replace pipes, meters or equipment"),
    ("消除", 0.7, "done", "eliminate hazards or black spots"),
    ("安排", 0.9, "done", "allocate funds or places (安排专项资金不少于60亿元: an act, not a count)"),
    ("给予", 0.8, "done", "grant a reward, subsidy or support"),
    ("走访", 0.7, "done", "visit firms or households (a service campaign)"),
    ("共建", 1.0, "done", "build or found jointly (a platform, a lab)"),
    ("压缩", 0.6, "done", "cut a time or a cost (压缩通关时间)"),
    ("结合", 0.5, "ongoing", "combine (把A与B结合起来); 结合…实际 opening a clause is a frame"),
    ("突破", 0.1, "done", "exceed a figure: a statistic, unless planned (PLANNED_WEIGHTS)"),
    ("达到", 0.1, "done", "reach a level: a statistic, unless planned (PLANNED_WEIGHTS)"),
    ("超过", 0.1, "done", "exceed a level: a statistic, unless planned (PLANNED_WEIGHTS)"),
    # -- purpose or intention verbs: seldom a measure by themselves
    ("促进", 0.3, "ongoing", "promote (usually a purpose clause)"),
    ("加强", 0.3, "ongoing", "strengthen"),
    ("强化", 0.3, "ongoing", "reinforce"),
    ("提升", 0.3, "ongoing", "raise a level"),
    ("统筹", 0.3, "ongoing", "coordinate"),
    ("助推", 0.2, "ongoing", "help push (purpose)"),
    ("助力", 0.2, "ongoing", "help (purpose)"),
    ("融入", 0.2, "ongoing", "integrate into"),
    ("参与", 0.3, "ongoing", "take part"),
    ("践行", 0.2, "ongoing", "practise a principle"),
    ("聚焦", 0.2, "ongoing", "focus on"),
    ("加速", 0.3, "ongoing", "accelerate"),
    ("引入", 0.5, "done", "bring in"),
)

# (verb, what may not follow it, note): a verb string that is part of another word there
VERB_GUARDS: tuple[tuple[str, str, str], ...] = (
    ("共建", r"成|共享", "共建成 is 共 (in all) + 建成; 共建共享 is a slogan"),
    ("新建", r"成", "新建成 is 新 (newly) + 建成"),
    ("安排", r"部署", "作出安排部署: a noun pair, not allocating anything"),
    ("新设", r"立", "新设立 is 新 (newly) + 设立"),
    ("新开", r"[工通设办放业园展]", "新开工, 新开通, 新开设… are 新 (newly) + the verb"),
    ("梳理", r"出", "梳理出36项任务: what a plan lists, counted (a fact), not the act of sorting"),
)

#: verbs that come after a head verb and belong to the same action (实施 + 方案 -> 出台实施)
#: are found by matching ACTION_VERBS repeatedly; these adverbs may stand before a head verb
#: and are kept in the action phrase.
ACTION_ADVERBS: tuple[tuple[str, str], ...] = (
    ("全面", "fully"),
    ("深入", "in depth"),
    ("加快", "speed up"),
    ("持续", "continuously"),
    ("不断", "keep on"),
    ("率先", "be the first to"),
    ("联合", "jointly"),
    ("共同", "together"),
    ("滚动", "on a rolling basis"),
    ("积极", "actively"),
    ("大力", "vigorously"),
    ("着力", "make efforts to"),
    ("努力", "strive to"),
    ("进一步", "further"),
    ("正式", "officially"),
    ("试点", "as a pilot"),
    ("加紧", "step up"),
    ("主动", "on its own initiative"),
    ("同步", "at the same time"),
    ("稳步", "steadily"),
    ("再", "again, further"),
    ("先后", "one after another"),
    ("顺利", "smoothly"),
    ("成功", "successfully"),
    ("新", "newly (新获批)"),
    ("全线", "along the whole line (全线贯通, 全线开通)"),
    ("进行", "carry out (a light verb before the act: 正在进行铺轨施工)"),
)

# (regex, note): planned -- modality or future time before the verb
PLANNED_CUES: tuple[tuple[str, str], ...] = (
    (r"将(?![近军领士此该其这\d])", "future auxiliary 将 (not 将近 'nearly', not 把-like 将此/将15%)"),
    (r"即将", "about to"),
    (r"提出(?=今年|明年|全年|到\d{4})", "(a report) proposes for this year: a plan"),
    (r"目标(?:是|为)", "the target is"),
    (r"(?<![虚模比草])拟", "intends to (not 虚拟/模拟)"),
    (
        r"计划(?=[\u4e00-\u9fff]{0,2}(?:在|于|到|将|年|新|建|开|推|实|投|\d))|(?<![按照据原该此])计划$",
        "plans to (verb use, not the noun 计划; right before the head verb: 计划筹集, not 按计划推进)",
    ),
    (r"力争", "strives to (target)"),
    (
        r"(?<=[亦也还将并则府局署处门们方])会(?![议展员同谈计见面所长场])",
        "modal 会 after an adverb or a body (亦会研究, 政府会继续, 当局会推广; not 委员会, 都会区): will",
    ),
    (r"争取", "aims to"),
    (r"(?<![重主需只纲首紧必概提摘])要(?![素求点闻害道件是])", "must / is to (modal 要, not 要素/重要/需要)"),
    (r"未来", "in future"),
    (r"接下来", "next"),
    (r"下一步", "next step"),
    (r"明年", "next year"),
    (r"今后", "from now on"),
    (
        r"预计(?=[\u4e00-\u9fff]{0,4}(?:建成|完成|开通|投用|启用)|[于\d年月日底内初中末旬上下半季度今明本第一二三四前]*$)",
        "expected to (a forecast; before a time and the head verb: 预计2025年底投入使用)",
    ),
    (r"将于", "will (at a date)"),
    (r"(?<![不达回])到\d{4}年", "by year N (target; not 不到/达到/回到 2019年的水平)"),
    (r"年内", "within the year"),
    (
        r"(?:(?:尚|还|暂|仍|均)未|未能|(?:尚|还)?没有?)(?:按期|如期|按时|按原定时间|按原计划|按计划|全面|正式)?$",
        "not yet, right before the head verb (尚未开工, 暂未启用): the act is still ahead",
    ),
    (r"(?<![去上])(?:年|月|季度)底前|(?<![去上])年末前", "by the end of the year or month (a deadline)"),
)

# (regex, note): the tag a plan puts after a task to name the bodies that answer for it
TASK_TAGS: tuple[tuple[str, str], ...] = (
    (r"[（(](?:责任|牵头|配合|主责)(?:单位|部门)[：:]", "（责任单位：…）, （牵头单位：…）, （配合部门：…）"),
    (r"[（(]责任主体[：:]", "（责任主体：…）"),
)

# (regex, note): the article is a plan's own text, not news about one
PLAN_TEXT_MARKS: tuple[tuple[str, str], ...] = (
    (
        r"关于印发[^，。；]{2,60}(?:方案|计划|措施|意见|办法|细则|规划|要点)[^，。；]{0,12}的通知",
        "a notice that issues the plan (…关于印发X实施方案的通知)",
    ),
    (r"制定本(?:方案|计划|措施|意见|办法|细则)", "the plan's own preamble (结合实际，制定本方案)"),
)

# (verb, note): issuing a document is news of something done, even in an article about plans
DOCUMENT_VERBS: tuple[tuple[str, str], ...] = (
    ("出台", "issue"),
    ("印发", "issue in print"),
    ("发布", "publish"),
    ("公布", "make public"),
    ("审议通过", "adopt after deliberation"),
    ("表决通过", "vote through"),
    ("签署", "sign"),
)

# (regex, note): future time named after the verb (作为接下来…的方向) makes a clause planned
FUTURE_AFTER: tuple[tuple[str, str], ...] = (
    (r"接下来", "next"),
    (r"未来", "in future"),
    (r"今后", "from now on"),
    (r"明年", "next year"),
    (r"下一步", "next step"),
)

# (regex, note): a rule already in force: an uncued clause that states an entitlement or
# applies the regulations (按照相关规定…减按15%征收, 可以免缴) is done, even in a plan article
IN_FORCE_CUES: tuple[tuple[str, str], ...] = (
    (r"(?:按照|根据|依照|依据)(?:相关|有关|现行)?规定", "under the rules (in force)"),
    (r"可以(?!考虑)|可享受|享受", "may / enjoys: an entitlement in force"),
)

# (regex, note): ongoing -- progressive aspect or continuing effort
ONGOING_CUES: tuple[tuple[str, str], ...] = (
    (r"正在", "in progress"),
    (
        r"(?<![公真纠修改反端])正(?=[加全抓积大稳有着在以与由]|进行|$)",
        "progressive 正 before an adverb (正加快, 正由X兴建, 正进行设计) or right before the head verb",
    ),
    (r"持续", "continuously"),
    (r"不断", "keep on"),
    (r"深入(?=推进|落实|实施|开展)", "carry on in depth"),
    (r"以来", "since (a start date): still going"),
    (r"逐步", "step by step"),
)

# (regex, note): done -- perfective aspect or completion
DONE_CUES: tuple[tuple[str, str], ...] = (
    (r"已(?!经?(?:是|成为|有))|已经", "already"),
    (r"(?<=[\u4e00-\u9fff])了(?![解])", "perfective 了 after a verb (not 了解)"),
    (r"(?<!到\d{4}年)累计", "cumulative total so far (not 到2027年累计新增: a target's total)"),
    (r"去年|上年|过去一年", "last year"),
    (r"近日|日前", "recently (reported as having happened)"),
    (r"顺利", "smoothly (an event that happened)"),
)

# (regex, note): words after a verb that make it a time clause, not the head (建成后, 实施以来)
SUBORDINATE_AFTER: tuple[tuple[str, str], ...] = (
    (r"后", "after doing X"),
    (r"之后", "after doing X"),
    (r"时", "when doing X"),
    (r"以来", "since doing X"),
    (r"即(?!将)", "as soon as X (通车即满负荷)"),
    (r"[一二三四五六七八九十两\d]+年多?来", "for N years now: since doing X"),
    (r"过程中", "while doing X"),
    (r"当天|当日", "on the day of X (签约当天, 开通当日)"),
    (r"中(?=遇到|出现|发现|存在)", "while doing X (实施中遇到的问题)"),
    (r"前(?![海期沿列端置景瞻进行往])", "before doing X (运营前), not 前海/前期/前进"),
    (r"(?:[一二三四五六七八九十两\d]+)?周年(?:之际)?|之际", "on the anniversary of X, on the occasion of X"),
)

# (verb, note): verbs whose object holds the real act (推动X开工建设, 力争实现X完工)
CAUSATIVE_VERBS: tuple[tuple[str, str], ...] = (
    ("推动", "push X to happen"),
    ("推进", "push X forward"),
    ("支持", "support X in doing"),
    ("实现", "achieve X (done)"),
    ("探索", "explore doing X (探索设立城市候机楼)"),
    ("研究", "study doing X (研究开通新航线, 研究延长通关时间)"),
)

# (verb, weight, note): weights that replace ACTION_VERBS ones when the clause is planned
PLANNED_WEIGHTS: tuple[tuple[str, float, str], ...] = (
    ("新增", 0.8, "in a plan, adding N of something is a commitment"),
    ("突破", 0.7, "力争…突破N: a target"),
    ("达到", 0.7, "力争…达到N: a target"),
    ("超过", 0.7, "力争…超过N: a target"),
)

# (regex, note): what follows a verb when it is used as a noun (规划实施和…建设等, 举办的)
NOMINAL_AFTER: tuple[tuple[str, str], ...] = (
    (r"[和及与等之、]", "coordinated or listed as a noun: 实施和建设等, 特区建设、示范区建设"),
    (
        r"(?<!研究|探索)(?:要|将(?![近军领士]))(?!\d)|[须需](?!求)|是|已(?!(?!成为|是|有)[\u4e00-\u9fff]{1,4}的)",
        "the subject of a modal or copula: 改造要做到, 建设将, 改造是2023年…的一项 (not 推进已开工的X:"
        " 已 opens a modifier; not 研究将X增至Y, where 将 is the object marker; 相关安排须待…; not"
        " 将军澳, 将近)",
    ),
    (
        r"(?<=改造|建设|扩建|改建|整治)[一二三四五六七八九十\d]期",
        "a phase of a works project: 改造一期工程建成, the head is the later verb",
    ),
    (
        r"为(?:抓手|重点|核心|主线|主|引领|牵引|导向|支撑|载体|突破口|切入点|着力点|动力|契机|依托)",
        "the object of a 以…为 frame: 以项目建设为抓手 (a principle, not an act)",
    ),
    (r"也?成为|也是", "the subject of a copula: 恢复通车也成为…"),
    (
        r"(?:升级|提质|扩容)?(?:工程|项目|阶段|周期|时限|任务|资金|投入|经费|会|仪式|进展|进度|情况|成效|方面|面积)"
        r"|(?<!扩大|缩小|拓展|拓宽)范围"
        r"|(?<!编制|制定|出台|印发|发布|公布|打造|修编|审议|批复)规划",
        "modifies a head noun: 改造工程, 改造升级工程, 施工阶段, 发布会, 建设规划, 建设进展, 人才引进方面, 拆除范围, 改造面积 (not 编制规划, 扩大范围,"
        " 打造规划范围…的X)",
    ),
    (r"局(?![面部势限])|厅|署", "part of a body's name: 住房和建设局, 发展和改革局"),
    (r"(?<=共建)＿*(?:国家|地区|城市)", "partner countries: 共建“一带一路”国家 (a noun)"),
    (r"(?<=研究|设计)(?:院|所|中心)", "a research or design institute: 研究院正式揭牌"),
    (r"(?<=实施)(?:方案|意见|细则|办法)", "names a document: 实施方案, 实施意见"),
    (r"(?<=建成)区(?=[绿面范人内])", "the built-up area (建成区绿化覆盖率, 建成区面积), a noun"),
    (r"的(?![。，,；]|$)", "modifies a noun: 举办的研讨会"),
)

# (word, note): a unit that opens with one of these after another unit of the same sentence
# states a purpose or a result of the action before it, not a new measure
PURPOSE_OPENERS: tuple[tuple[str, str], ...] = (
    ("促进", "so as to promote"),
    ("助力", "to help"),
    ("助推", "to help push"),
    ("确保", "to ensure"),
    ("实现", "achieving (a result)"),
    ("带动", "driving"),
    ("加速", "accelerating (a result)"),
    ("以此", "thereby"),
    ("用于", "to be used for"),
    ("为", "for (a purpose)"),
    ("使", "so that"),
    ("让", "so that"),
    ("形成", "forming (a result)"),
    ("提升", "raising (a result)"),
    ("更好", "better (a result)"),
    ("标志着", "marking"),
    ("从而", "thereby (a result)"),
    ("进而", "and so (a result)"),
    ("成为", "becoming"),
)

# (regex, note): a unit that states statistics (a fact) rather than an act
STAT_CUES: tuple[tuple[str, str], ...] = (
    (r"累计", "cumulative total"),
    (r"同比|环比", "year-on-year comparison"),
    (r"占比|比重|比例", "a share"),
    (r"增长|下降|提高[至到]|提升[至到]|增至|缩短|压减", "a change"),
    (
        r"占[^，,。；]{0,10}?(?:[一二三四五六七八九]成|\d[\d.]*%|[一二三四五六七八九十]分之)",
        "a share of a whole (占全市的三成)",
    ),
    (r"达到?\d|达[一二三四五六七八九十百千万]", "reaches a level"),
    (r"居[^，,。]{0,10}(?:首位|第[一二三]|前列)", "a rank"),
    (r"总数|总量|总额|规模以上|超过?\d|突破\d", "a total or threshold"),
    (r"约\d|共有|共计|吞吐量|作业量|[客货]?运量", "approximate or summed counts, traffic volumes"),
    (r"(?:恢复|回升|增加|减少)[至到]", "back to or up to a level (恢复到…水平的九成)"),
    (r"(?:拓展|扩展|增加)至\d", "extended to a count"),
    (r"\d[\d.]*%的[^，,。；]{0,8}(?:者|户|家庭|居民|学生)", "a share of a group (86%的患者)"),
    (r"(?:超|近|逾)[一二三四五六七八九]成", "a share in tenths (超九成)"),
    (r"目标的\d", "a share of a target (完成年度目标的107%)"),
)

# (regex, note): aspect and modal markers that open the predicate: a verb before one of them
# sits in the subject (研究设施已建成, 创新中心正在加快建设), the head is the verb after it
PREDICATE_MARKERS: tuple[tuple[str, str], ...] = (
    (r"已经?(?!经?(?:是|成为|有))", "already (perfective)"),
    (r"正在|正(?=[加全抓积大稳有着])", "in progress"),
    (r"即将|将(?![近军领士此该其这\d])", "future (not 将近, not 把-like 将此)"),
    (r"(?<![虚模比草])拟", "intends to"),
    (r"力争|争取", "strives to"),
    (r"(?:尚|还|暂|仍|均)未|未能", "not yet (…因环评调整未能如期开工: the head is 开工, not 调整)"),
)

# (regex, note): a share right after 完成 (完成约九成, 完成60%, 完成主体结构的70%): the work is partly done, so
# the measure is still under way
PARTIAL_PROGRESS: tuple[tuple[str, str], ...] = (
    (r"(?:约|近|超|逾)?[一二三四五六七八九\d]成", "N tenths"),
    (r"(?:约|近|超|逾)?\d+(?:\.\d+)?%", "a percentage"),
    (r"过半|大半|近半|一半", "half or most"),
)

# (regex, note): words that make a count a running total or a stock (a fact), even after a
# strong verb: 共启动响应27次, 截至年底已布局平台24个
TOTAL_MARKERS: tuple[tuple[str, str], ...] = (
    (r"(?<![公])共(?!同|享|建(?!成)|商|治|育)", "in all (not 公共, 共同, 共享, 共建; but 共建成)"),
    (r"截至|截止", "as of a date"),
    (r"累计", "cumulative"),
    (r"总计|合计", "in total"),
)

# (word, note): speech verbs that close a lead-in before the reported clause (局长表示，将…):
# the quote of a measure starts after them, at what the speaker says the government does
SPEECH_LEADS: tuple[tuple[str, str], ...] = (
    ("表示", "says"),
    ("介绍", "explains"),
    ("指出", "points out"),
    ("透露", "reveals"),
    ("获悉", "(a reporter) learns from"),
    ("了解", "(据了解) it is learned"),
    ("称", "states"),
    ("消息", "(据X) news: 龙岗区住房和建设局消息，…"),
    ("答", "an official's answer at a press conference (答：…)"),
)

# (word, note): official checks that 通过 passes (通过竣工验收): passing one is a milestone act,
# although 通过 alone mostly means 'by means of'
OFFICIAL_CHECKS: tuple[tuple[str, str], ...] = (
    ("验收", "acceptance inspection"),
    ("评估", "assessment"),
    ("评审", "review"),
    ("审查", "examination"),
    ("审批", "approval"),
)

# (verb, note): verbs that open a clause as prepositions; they head a unit only if nothing else does
PREPOSITION_VERBS: tuple[tuple[str, str], ...] = (
    ("通过", "by means of (通过…方式)"),
    ("作为", "as (作为…之一)"),
)

# (regex, note): lead-ins that frame a clause (circumstance), never a measure on their own
FRAME_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"^(?:在|于).*(?:下|中|外|时|后|上|方面|期间|之际)$", "在…下/中/方面: circumstance"),
    (r"^(?:基于|随着|除了?|作为|通过|依托|借助|围绕|按照|根据|对标|结合)", "preposition lead-in"),
)
