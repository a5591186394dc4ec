<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddPointDialog</name>
    <message>
        <source>做设置文件</source>
        <translation>Make setup file</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>设置文件保存到</source>
        <translation>Save setup file to</translation>
    </message>
    <message>
        <source>设置文件 (*.ppsetup)</source>
        <translation>Setup files (*.ppsetup)</translation>
    </message>
    <message>
        <source>请选择设置文件保存的位置。</source>
        <translation>Choose where to save the setup file.</translation>
    </message>
    <message>
        <source>正在做设置文件…</source>
        <translation>Making the setup file…</translation>
    </message>
    <message>
        <source>设置文件已写好：{path}&lt;br&gt;启用码（只显示这一次，请另行告诉接驳点，不要和文件放在一起）：&lt;div style=&apos;font-size:26pt; font-weight:bold; letter-spacing:2px&apos;&gt;{code}&lt;/div&gt;</source>
        <translation>Setup file written: {path}&lt;br&gt;Enrolment code (shown only this once; tell the point separately, never keep it with the file):&lt;div style=&apos;font-size:26pt; font-weight:bold; letter-spacing:2px&apos;&gt;{code}&lt;/div&gt;</translation>
    </message>
    <message>
        <source>我已记下启用码</source>
        <translation>I have noted the code</translation>
    </message>
    <message>
        <source>添加接驳点</source>
        <translation>Add pickup point</translation>
    </message>
    <message>
        <source>站点编号：</source>
        <translation>Site ID:</translation>
    </message>
    <message>
        <source>2 到 12 个字母或数字，如 BZT</source>
        <translation>2 to 12 letters or digits, e.g. BZT</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>如 白竹亭东门</source>
        <translation>e.g. Baizhuting East Gate</translation>
    </message>
    <message>
        <source>服务的楼栋：</source>
        <translation>Buildings served:</translation>
    </message>
    <message>
        <source>如 1-3, 5；不填：暂不分配</source>
        <translation>e.g. 1-3, 5; blank: assign none yet</translation>
    </message>
    <message>
        <source>这些楼栋的住户分配给这个接驳点；设置文件里只带它的住户（和还没有分配的住户）</source>
        <translation>The households of these buildings are assigned to this point; its setup file carries only its households (and those not assigned yet)</translation>
    </message>
    <message>
        <source>设置文件：</source>
        <translation>Setup file:</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <source>未知的标记“{flag}”：可用的标记有 {flags}。</source>
        <translation>Unknown flag &quot;{flag}&quot;: the flags are {flags}.</translation>
    </message>
    <message>
        <source>配发方式“{per}”无效：只能是 household（按户）或 member（按人数）。</source>
        <translation>Invalid allocation &quot;{per}&quot;: use household (one per household) or member (by number of members).</translation>
    </message>
    <message>
        <source>每份的人数必须是正整数。</source>
        <translation>Members per share must be a whole number above 0.</translation>
    </message>
    <message>
        <source>“{name}”是订单批次：它的包裹来自供应商的订单表，不能按户配发。</source>
        <translation>&quot;{name}&quot; is an order round: its parcels come from the supplier&apos;s order list and cannot be allocated per household.</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>批次：{name}（{item}，{payment}）</source>
        <translation>Round: {name} ({item}, {payment})</translation>
    </message>
    <message>
        <source>配发</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>将配发给 {households} 户，共 {parcels} 件。</source>
        <translation>Households to receive: {households}; parcels: {parcels}.</translation>
    </message>
    <message>
        <source>另有 {n} 户已经配发过，不会重复配发。</source>
        <translation>Households that already have theirs and get none again: {n}.</translation>
    </message>
    <message>
        <source>按户配发</source>
        <translation>Allocate per household</translation>
    </message>
    <message>
        <source>每户几份</source>
        <translation>Parcels per household</translation>
    </message>
    <message>
        <source>每户一份</source>
        <translation>One per household</translation>
    </message>
    <message>
        <source>按人数：每</source>
        <translation>By members: one per</translation>
    </message>
    <message>
        <source>每几人一份</source>
        <translation>Members per parcel</translation>
    </message>
    <message>
        <source>人一份（不足一份按一份）</source>
        <translation>members (rounded up)</translation>
    </message>
    <message>
        <source>只配发给有以下标记的住户（都不选：所有住户）</source>
        <translation>Only households with these flags (none ticked: all households)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>正在打开……</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>操作没有完成</source>
        <translation>The action was not completed</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>用法：</source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>参数</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>options</translation>
    </message>
    <message>
        <source>显示这段帮助并退出</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>缺少必需的参数：%s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>无法识别的参数：%s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>无效的选项 %(value)r（可选：%(choices)s）</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>参数 %(argument_name)s：%(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>后面需要一个值</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>后面至少需要一个值</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>后面最多只能有一个值</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>无效的 %(type)s 值：%(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>不能和参数 %s 一起使用</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>需要参数 %s 之一</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>选项 %(option)s 不明确，可能是：%(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
</context>
<context>
    <name>Assign</name>
    <message>
        <source>已把 {n} 户分配给 {id}（{k} 户原来就在那里），{p} 个待领包裹随住户改到 {id}。</source>
        <translation>Assigned {n} households to {id} ({k} were there already); {p} waiting parcels moved to {id} with them.</translation>
    </message>
    <message>
        <source>已取消 {n} 户的分配（{k} 户原来就没有分配），{p} 个待领包裹随之改动。</source>
        <translation>{n} households are no longer assigned to a point ({k} were not assigned); {p} waiting parcels changed with them.</translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>没有分配的住户（每个接驳点都能发放）：{n} 户</source>
        <translation>Households assigned to no point (any point may hand out to them): {n}</translation>
    </message>
    <message>
        <source>只有协调中心能把住户和批次分配给接驳点：这个数据库是接驳点。</source>
        <translation>Only a coordinator assigns households and rounds to points: this database is a pickup point.</translation>
    </message>
    <message>
        <source>没有登记接驳点 {id}：请先用 points add 添加它（已登记的有：{known}）。</source>
        <translation>No point {id} is enrolled: add it first with points add (enrolled: {known}).</translation>
    </message>
    <message>
        <source>住户名单里没有 {b} 栋（楼）的住户：这次没有分配任何住户。</source>
        <translation>The roster has no households in building {b}: no household was assigned.</translation>
    </message>
    <message>
        <source>没有找到住户 {code}：这次没有分配任何住户。</source>
        <translation>Household {code} was not found: no household was assigned.</translation>
    </message>
    <message>
        <source>请指定要分配的住户：楼栋（--building）或住户编号（--household）。</source>
        <translation>Say which households to assign: buildings (--building) or household codes (--household).</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>分配住户给 {name}</source>
        <translation>Assign households to {name}</translation>
    </message>
    <message>
        <source>接驳点 {name}（{id}）现在有 {n} 户；还没有分配的住户 {free} 户（每个接驳点都能为他们发放）。</source>
        <translation>Point {name} ({id}) has {n} households now; {free} households are assigned to no point (any point may hand out to them).</translation>
    </message>
    <message>
        <source>分配</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>分配住户</source>
        <translation>Assign households</translation>
    </message>
    <message>
        <source>楼栋：</source>
        <translation>Buildings:</translation>
    </message>
    <message>
        <source>如 1-3, 5</source>
        <translation>e.g. 1-3, 5</translation>
    </message>
    <message>
        <source>住户：</source>
        <translation>Households:</translation>
    </message>
    <message>
        <source>如 3-2-501, 3-2-502</source>
        <translation>e.g. 3-2-501, 3-2-502</translation>
    </message>
    <message>
        <source>这些住户待领的包裹也一起改到这个接驳点，已领的不变。给原来的接驳点做下一个更新文件后，那里就不再显示这些住户。</source>
        <translation>Their waiting parcels move to this point with them; parcels already handed over stay as they are. Once the point they leave takes its next update file, it no longer shows these households.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>站点 {site} 的前 {n} 条记录与备份 {backup} 不一致：备份之后记录被改写过。</source>
        <translation>The first {n} records of site {site} differ from backup {backup}: the records were rewritten after that backup.</translation>
    </message>
    <message>
        <source>找不到数据库文件 {path}。</source>
        <translation>Database file {path} not found.</translation>
    </message>
    <message>
        <source>无法复制数据库 {path}：{error}</source>
        <translation>Cannot copy the database {path}: {error}</translation>
    </message>
    <message>
        <source>找不到备份文件 {path}。</source>
        <translation>Backup file {path} not found.</translation>
    </message>
    <message>
        <source>无法读取备份文件 {path}：{error}</source>
        <translation>Cannot read the backup file {path}: {error}</translation>
    </message>
    <message>
        <source>{path} 不是普通文件，不能作为备份。</source>
        <translation>{path} is not a regular file and cannot be a backup.</translation>
    </message>
    <message>
        <source>备份文件已损坏或不是数据库（{error}）。</source>
        <translation>The backup file is damaged or not a database ({error}).</translation>
    </message>
    <message>
        <source>备份文件已损坏：{detail}</source>
        <translation>The backup file is damaged: {detail}</translation>
    </message>
    <message>
        <source>这不是本程序的数据库备份。</source>
        <translation>This is not a backup of this program&apos;s database.</translation>
    </message>
    <message>
        <source>这个备份来自更新版本的程序，请先升级程序。</source>
        <translation>This backup comes from a newer version of the program: upgrade the program first.</translation>
    </message>
    <message>
        <source>备份 {path} 没有通过检查，没有恢复：{problem}</source>
        <translation>Backup {path} failed the check and was not restored: {problem}</translation>
    </message>
    <message>
        <source>无法写入数据库 {path}：{error}。原来的数据库已另存为 {aside}。</source>
        <translation>Cannot write the database {path}: {error}. The previous database was kept as {aside}.</translation>
    </message>
</context>
<context>
    <name>ByPoint</name>
    <message>
        <source>{point}：未领取 {households} 户、{parcels} 件</source>
        <translation>{point}: {households} households, {parcels} parcels uncollected</translation>
    </message>
    <message>
        <source>这个接驳点所选批次的包裹都已领取。</source>
        <translation>Every parcel of the chosen rounds at this point has been collected.</translation>
    </message>
    <message>
        <source>{point}合计</source>
        <translation>{point} total</translation>
    </message>
    <message>
        <source>全部接驳点总计</source>
        <translation>All points, total</translation>
    </message>
    <message>
        <source>接驳点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>未领取名单（各接驳点）</source>
        <translation>Uncollected list (all points)</translation>
    </message>
    <message>
        <source>未领取名单 · {hub} · {rounds}</source>
        <translation>Uncollected list · {hub} · {rounds}</translation>
    </message>
    <message>
        <source>所选接驳点还没有包裹。</source>
        <translation>The chosen points have no parcels yet.</translation>
    </message>
    <message>
        <source>站点编号</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>全部接驳点</source>
        <translation>All points</translation>
    </message>
    <message>
        <source>未领取名单</source>
        <translation>Uncollected list</translation>
    </message>
    <message>
        <source>按接驳点合计</source>
        <translation>Totals by point</translation>
    </message>
    <message>
        <source>接驳点：{points}</source>
        <translation>Points: {points}</translation>
    </message>
    <message>
        <source>各接驳点一览</source>
        <translation>The points at a glance</translation>
    </message>
    <message>
        <source>件数一栏是当日发放的件数，金额一栏是当日收款（现金 + 扫码）。</source>
        <translation>The parcels column is the day&apos;s handovers; the amount column is the money taken that day (cash + QR).</translation>
    </message>
    <message>
        <source>{name}（{site}）</source>
        <translation>{name} ({site})</translation>
    </message>
    <message>
        <source>{point}：到货 {received}，未领取 {waiting}</source>
        <translation>{point}: {received} arrived, {waiting} uncollected</translation>
    </message>
    <message>
        <source>全部接驳点合计：{points}</source>
        <translation>All points together: {points}</translation>
    </message>
    <message>
        <source>日报（各接驳点）{date}</source>
        <translation>Daily report (all points) {date}</translation>
    </message>
    <message>
        <source>各接驳点日报 · {hub} · {date}</source>
        <translation>Daily report of the points · {hub} · {date}</translation>
    </message>
    <message>
        <source>按接驳点</source>
        <translation>By point</translation>
    </message>
    <message>
        <source>到货</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>未领取</source>
        <translation>Uncollected</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>破损</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>现金（元）</source>
        <translation>Cash (yuan)</translation>
    </message>
    <message>
        <source>扫码（元）</source>
        <translation>QR (yuan)</translation>
    </message>
    <message>
        <source>收款合计（元）</source>
        <translation>Money taken (yuan)</translation>
    </message>
    <message>
        <source>代付记账（元）</source>
        <translation>Paid on behalf (yuan)</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>未分配接驳点</source>
        <translation>No point assigned</translation>
    </message>
    <message>
        <source>（还没有接驳点）</source>
        <translation>(no points yet)</translation>
    </message>
    <message>
        <source>没有站点编号为“{site}”的接驳点；已有的接驳点：{known}。</source>
        <translation>There is no point with site id &quot;{site}&quot;; the points are: {known}.</translation>
    </message>
    <message>
        <source>{names}（{n} 个接驳点）</source>
        <translation>{names} ({n} points)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>发放包裹</source>
        <translation>Hand out parcels</translation>
    </message>
    <message>
        <source>包裹编号（同一户的可以一次发放多个）</source>
        <translation>Parcel codes (several for the same household at once)</translation>
    </message>
    <message>
        <source>领取人（代领人或送货志愿者）姓名</source>
        <translation>Name of the collector (proxy or delivery volunteer)</translation>
    </message>
    <message>
        <source>领取人电话</source>
        <translation>Collector&apos;s phone</translation>
    </message>
    <message>
        <source>代领</source>
        <translation>Collected by a proxy</translation>
    </message>
    <message>
        <source>送货上门</source>
        <translation>Door delivery by a volunteer</translation>
    </message>
    <message>
        <source>付款方式：现金、扫码、已预付、代付记账、免收</source>
        <translation>Payment: cash, QR, prepaid, paid on behalf (owed), waived</translation>
    </message>
    <message>
        <source>收款金额（元）</source>
        <translation>Amount received (yuan)</translation>
    </message>
    <message>
        <source>免收原因</source>
        <translation>Reason for waiving payment</translation>
    </message>
    <message>
        <source>撤销一次发放（记录保留）</source>
        <translation>Void a handover (the record is kept)</translation>
    </message>
    <message>
        <source>包裹编号、发放编号或小票号</source>
        <translation>Parcel code, handover ID or receipt number</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>按包裹编号、房号、电话或姓名查找</source>
        <translation>Find by parcel code, room, phone or name</translation>
    </message>
    <message>
        <source>打印一次发放的小票（PDF）</source>
        <translation>Print the receipt of a handover (PDF)</translation>
    </message>
    <message>
        <source>包裹编号或小票号</source>
        <translation>Parcel code or receipt number</translation>
    </message>
    <message>
        <source>只打印这一个包裹，不含同次领取的其他包裹</source>
        <translation>Print only this parcel, not the others handed over with it</translation>
    </message>
    <message>
        <source>按付款方式汇总收款</source>
        <translation>Payments received, by payment method</translation>
    </message>
    <message>
        <source>起始日期或时间（默认今天零点）</source>
        <translation>Start date or time (default: today 00:00)</translation>
    </message>
    <message>
        <source>作废一个包裹（不再发放）</source>
        <translation>Cancel a parcel (it will not be handed out)</translation>
    </message>
    <message>
        <source>代领时请用 --collector 写明代领人姓名。</source>
        <translation>For a proxy, give the proxy&apos;s name with --collector.</translation>
    </message>
    <message>
        <source>金额“{amount}”不是有效的金额，例如 39.90。</source>
        <translation>&quot;{amount}&quot; is not a valid amount; example: 39.90.</translation>
    </message>
    <message>
        <source>已发放 {n} 件给 {household}（{collector}），小票号 {receipt}。</source>
        <translation>Handed out to {household} ({collector}): {n}; receipt {receipt}.</translation>
    </message>
    <message>
        <source>收款：{mode} {amount} 元。</source>
        <translation>Payment: {mode} ¥{amount}.</translation>
    </message>
    <message>
        <source>已撤销 {n} 次发放；包裹回到待领取状态，记录保留。</source>
        <translation>Handovers voided: {n}; the parcels are waiting for collection again, the record is kept.</translation>
    </message>
    <message>
        <source>应收 {amount} 元</source>
        <translation>Due: ¥{amount}</translation>
    </message>
    <message>
        <source>没有找到“{query}”：请换成房号（如 3-2-501）、电话或姓名再试。</source>
        <translation>Nothing found for &quot;{query}&quot;: try a room (e.g. 3-2-501), phone or name.</translation>
    </message>
    <message>
        <source>其他可能的住户：{codes}</source>
        <translation>Other possible households: {codes}</translation>
    </message>
    <message>
        <source>小票已保存到 {path}</source>
        <translation>Receipt saved to {path}</translation>
    </message>
    <message>
        <source>时间“{value}”无效，例如 2026-11-23 或 2026-11-23T08:00。</source>
        <translation>Invalid time &quot;{value}&quot;; example: 2026-11-23 or 2026-11-23T08:00.</translation>
    </message>
    <message>
        <source>自 {since} 起：发放 {n} 件，{v} 户次，撤销 {x} 件。</source>
        <translation>Since {since}: handed out {n}, visits {v}, voided {x}.</translation>
    </message>
    <message>
        <source>包裹 {code} 已作废，不再发放。</source>
        <translation>Parcel {code} is cancelled and will not be handed out.</translation>
    </message>
    <message>
        <source>打开演示社区（第一次使用时创建）</source>
        <translation>Open the demo community (created on first use)</translation>
    </message>
    <message>
        <source>随机种子（同一种子得到同样的社区）</source>
        <translation>Random seed (the same seed gives the same community)</translation>
    </message>
    <message>
        <source>生成大量合成数据，用于性能测试</source>
        <translation>Generate lots of synthetic data for performance tests</translation>
    </message>
    <message>
        <source>住户数</source>
        <translation>Number of households</translation>
    </message>
    <message>
        <source>每户包裹数</source>
        <translation>Parcels per household</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>已创建演示社区“{name}”：{n} 户。数据库：{path}</source>
        <translation>Created the demo community &quot;{name}&quot;: {n} households. Database: {path}</translation>
    </message>
    <message>
        <source>住户数和每户包裹数不能是负数。</source>
        <translation>The number of households and parcels per household cannot be negative.</translation>
    </message>
    <message>
        <source>已生成 {n} 户（{s:.1f} 秒）。</source>
        <translation>Generated {n} households ({s:.1f} s).</translation>
    </message>
    <message>
        <source>已生成 {n} 个包裹（{s:.1f} 秒）。</source>
        <translation>Generated {n} parcels ({s:.1f} s).</translation>
    </message>
    <message>
        <source>住户名册</source>
        <translation>Household roster</translation>
    </message>
    <message>
        <source>列出住户</source>
        <translation>List households</translation>
    </message>
    <message>
        <source>按房号、姓名或电话查找</source>
        <translation>Find by room, name or phone</translation>
    </message>
    <message>
        <source>共 {n} 户</source>
        <translation>Households: {n}</translation>
    </message>
    <message>
        <source>导入住户名册（CSV 或 XLSX）</source>
        <translation>Import a household roster (CSV or XLSX)</translation>
    </message>
    <message>
        <source>名册文件：CSV（UTF-8 或 GBK）或 XLSX</source>
        <translation>Roster file: CSV (UTF-8 or GBK) or XLSX</translation>
    </message>
    <message>
        <source>XLSX 中要导入的工作表</source>
        <translation>Sheet of the XLSX file to import</translation>
    </message>
    <message>
        <source>指定某列导入为哪个字段，如 --map 住址=address；可多次使用</source>
        <translation>Import a column as a given field, e.g. --map 住址=address; may be repeated</translation>
    </message>
    <message>
        <source>跳过有错误的行，导入其余的行</source>
        <translation>Skip rows with errors and import the rest</translation>
    </message>
    <message>
        <source>只检查，不写入</source>
        <translation>Check only, write nothing</translation>
    </message>
    <message>
        <source>--map 的写法是 表头=字段，例如 --map 住址=address（“{item}”不是）。</source>
        <translation>--map takes header=field, e.g. --map 住址=address (&quot;{item}&quot; is not).</translation>
    </message>
    <message>
        <source>名册中有 {n} 行有错误，没有导入任何住户：请改正后重新导入，或加上 --skip-errors 跳过这些行。</source>
        <translation>Rows of the roster with errors: {n}, so no household was imported: fix them and import again, or add --skip-errors to skip those rows.</translation>
    </message>
    <message>
        <source>{file}（工作表“{sheet}”，表头在第 {row} 行）：{n} 行住户记录</source>
        <translation>{file} (sheet &quot;{sheet}&quot;, header in row {row}): {n} household rows</translation>
    </message>
    <message>
        <source>{file}（表头在第 {row} 行）：{n} 行住户记录</source>
        <translation>{file} (header in row {row}): {n} household rows</translation>
    </message>
    <message>
        <source>新增 {new} 户，更新 {updated} 户，未变 {same} 户，跳过 {skipped} 行。</source>
        <translation>Households new: {new}, updated: {updated}, unchanged: {same}; rows skipped: {skipped}.</translation>
    </message>
    <message>
        <source>更新（{n}）：</source>
        <translation>Updates ({n}):</translation>
    </message>
    <message>
        <source>错误（{n}）：</source>
        <translation>Errors ({n}):</translation>
    </message>
    <message>
        <source>第 {row} 行：{message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>警告（{n}）：</source>
        <translation>Warnings ({n}):</translation>
    </message>
    <message>
        <source>试运行：没有写入任何内容。</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>把这个数据库设为一个接驳点（或协调中心）</source>
        <translation>Set up this database as a pickup point (or coordination centre)</translation>
    </message>
    <message>
        <source>用协调中心给的设置文件启用这个接驳点（启用码在终端输入，或取自 PICKUPPOINT_ENROL_CODE）</source>
        <translation>enrol this pickup point with the coordinator&apos;s setup file (the enrolment code is typed on the terminal, or taken from PICKUPPOINT_ENROL_CODE)</translation>
    </message>
    <message>
        <source>从记录重建当前状态</source>
        <translation>Rebuild the current state from the records</translation>
    </message>
    <message>
        <source>检查记录的哈希链和当前状态</source>
        <translation>Check the records&apos; hash chain and the current state</translation>
    </message>
    <message>
        <source>init --from 不能和 --site-id、--name、--role 一起用。</source>
        <translation>init --from cannot be used with --site-id, --name or --role.</translation>
    </message>
    <message>
        <source>init 需要 --site-id 和 --name（或者 --from 设置文件）。</source>
        <translation>init needs --site-id and --name (or --from SETUP_FILE).</translation>
    </message>
    <message>
        <source>已设为站点 {id}：{name}</source>
        <translation>Set up as site {id}: {name}</translation>
    </message>
    <message>
        <source>已从 {n} 条记录重建当前状态。</source>
        <translation>Rebuilt the current state from {n} records.</translation>
    </message>
    <message>
        <source>检查通过：{n} 条记录完整，当前状态与记录一致。</source>
        <translation>Check passed: {n} records intact, the current state matches them.</translation>
    </message>
    <message>
        <source>与 {n} 个备份里的记录链头核对一致。</source>
        <translation>The chain heads kept in {n} backups agree with the log.</translation>
    </message>
    <message>
        <source>还没有备份可核对：记录链查得出单条记录被改，查不出整条链被重算后的改写。</source>
        <translation>No backup to check against yet: the chain reveals a changed record, but not a history rewritten with every later hash recomputed.</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>界面和文档的语言</source>
        <translation>Language of the interface and documents</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <source>社区接驳点物资发放</source>
        <translation>Community pickup point: parcel handout</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>Output JSON</translation>
    </message>
    <message>
        <source>{name} 的 PIN：</source>
        <translation>PIN of {name}: </translation>
    </message>
    <message>
        <source>缺少子命令，请用 --help 查看用法。</source>
        <translation>Missing command; see --help for usage.</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>文件操作失败{where}：{error}</source>
        <translation>File operation failed{where}: {error}</translation>
    </message>
    <message>
        <source>到货验收：登记送到本点的包裹</source>
        <translation>Receiving: record parcels delivered to this point</translation>
    </message>
    <message>
        <source>到货验收：逐个判断每个编号，能验收的都登记；有编号被拒收（读错、不是这一批、已领取、已作废等）时退出码为 1，已登记的仍然有效，输出中逐个说明。清单上没有的编号在指定 --round 时登记为多出。</source>
        <translation>Receiving: each code is checked on its own and every acceptable one is recorded; if any code is refused (misread, wrong round, already collected, cancelled, ...) the exit code is 1, the recorded ones still count, and the output explains each. With --round, codes not on the manifest are recorded as surplus.</translation>
    </message>
    <message>
        <source>扫到的包裹编号，可以一次写多个</source>
        <translation>Scanned parcel codes (several at once are fine)</translation>
    </message>
    <message>
        <source>验收的批次（名称或编号）；不在这一批的包裹不登记</source>
        <translation>Round being received (name or number); parcels of other rounds are not recorded</translation>
    </message>
    <message>
        <source>这些包裹破损</source>
        <translation>These parcels are damaged</translation>
    </message>
    <message>
        <source>备注（破损情况、多出的包裹说明）</source>
        <translation>Note (damage, or details of surplus parcels)</translation>
    </message>
    <message>
        <source>确认清单上没有的编号是多出的包裹，即使它和清单上的编号只差一个字符</source>
        <translation>Confirm that codes on no list are surplus parcels, even when one character away from a listed code</translation>
    </message>
    <message>
        <source>撤销这些编号的验收（扫错了、多出的包裹登记错了）；需要 --reason，记录保留</source>
        <translation>Undo the receipt of these codes (wrong parcel scanned, surplus recorded by mistake); needs --reason; the record is kept</translation>
    </message>
    <message>
        <source>撤销验收的原因</source>
        <translation>Why the receipt is undone</translation>
    </message>
    <message>
        <source>没有标签时按户签收：这一户在该批次的包裹全部登记（需要 --round）</source>
        <translation>No labels: tick off by household, recording all its parcels in the round (needs --round)</translation>
    </message>
    <message>
        <source>打印到货签收单（PDF）</source>
        <translation>Print the goods received note (PDF)</translation>
    </message>
    <message>
        <source>请写出要撤销验收的包裹编号。</source>
        <translation>Give the parcel codes whose receipt is to be undone.</translation>
    </message>
    <message>
        <source>撤销验收时请用 --reason 写明原因。</source>
        <translation>To undo a receipt, give the reason with --reason.</translation>
    </message>
    <message>
        <source>打印一个批次的包裹标签（PDF）</source>
        <translation>Print the parcel labels of a round (PDF)</translation>
    </message>
    <message>
        <source>批次名称或编号</source>
        <translation>Round name or number</translation>
    </message>
    <message>
        <source>a4-3x8：A4 不干胶标签纸，每页 3×8 张；roll-50x30：50×30 毫米标签卷</source>
        <translation>a4-3x8: A4 sticker sheets, 3×8 labels per page; roll-50x30: 50×30 mm label roll</translation>
    </message>
    <message>
        <source>改为打印楼栋分拣牌（每栋楼一页 A4）</source>
        <translation>Print building sorting signs instead (one A4 page per building)</translation>
    </message>
    <message>
        <source>已生成 {pages} 页楼栋分拣牌，保存到 {path}。</source>
        <translation>Saved the building signs ({pages} p.) to {path}.</translation>
    </message>
    <message>
        <source>已生成 {n} 张标签（{pages} 页），保存到 {path}。</source>
        <translation>Saved the labels ({n}, {pages} p.) to {path}.</translation>
    </message>
    <message>
        <source>按户签收时请用 --round 指定批次。</source>
        <translation>To tick off by household, give the round with --round.</translation>
    </message>
    <message>
        <source>请写出要验收的包裹编号，或用 --household 按户签收。</source>
        <translation>Give the parcel codes to receive, or tick off by household with --household.</translation>
    </message>
    <message>
        <source>请核对包裹标签；确实是清单外多出的包裹，加 --surplus 再登记一次。</source>
        <translation>Check the parcel&apos;s label; if it really is an extra parcel on no list, run again with --surplus.</translation>
    </message>
    <message>
        <source>已验收 {received} 件，多出 {surplus} 件，之前已验收 {again} 件，未登记 {refused} 件。</source>
        <translation>Received {received}, surplus {surplus}, already received {again}, not recorded {refused}.</translation>
    </message>
    <message>
        <source>已生成到货签收单：{path}（{n} 页）。</source>
        <translation>Goods received note saved: {path} ({n} p.).</translation>
    </message>
    <message>
        <source>批次的包裹：导入订单表、按户配发</source>
        <translation>Parcels of a round: import an order list, allocate per household</translation>
    </message>
    <message>
        <source>导入供应商的订单表（CSV 或 XLSX）</source>
        <translation>Import a supplier&apos;s order list (CSV or XLSX)</translation>
    </message>
    <message>
        <source>订单表：CSV（UTF-8 或 GBK）或 XLSX</source>
        <translation>Order list: CSV (UTF-8 or GBK) or XLSX</translation>
    </message>
    <message>
        <source>指定某列导入为哪个字段，如 --map 配送信息=address；可多次使用</source>
        <translation>Import a column as a given field, e.g. --map 配送信息=address; may be repeated</translation>
    </message>
    <message>
        <source>order：每个订单一件包裹（默认，商品列在标签上）；line：每行商品一件</source>
        <translation>order: one parcel per order (the default; its products listed on the label); line: one parcel per product line</translation>
    </message>
    <message>
        <source>统一配发：给每户（或有某标记的住户）一份</source>
        <translation>Allocate: one parcel for every household (or every household with a flag)</translation>
    </message>
    <message>
        <source>household：每户一份；member：按人数，每 N 人一份</source>
        <translation>household: one per household; member: one per N members</translation>
    </message>
    <message>
        <source>按人数配发时，每几人一份（默认 1）</source>
        <translation>With member: members per parcel (default 1)</translation>
    </message>
    <message>
        <source>只给有这个标记的住户，如 hardship；可多次使用</source>
        <translation>Only households with this flag, e.g. hardship; may be repeated</translation>
    </message>
    <message>
        <source>只计算，不写入</source>
        <translation>Calculate only, write nothing</translation>
    </message>
    <message>
        <source>把没有匹配到住户的包裹分给一户</source>
        <translation>Assign an unmatched parcel to a household</translation>
    </message>
    <message>
        <source>包裹编号</source>
        <translation>Parcel code</translation>
    </message>
    <message>
        <source>住户房号，如 3-2-501</source>
        <translation>Household room, e.g. 3-2-501</translation>
    </message>
    <message>
        <source>订单表中有 {n} 行有错误，没有导入任何包裹：请改正后重新导入，或加上 --skip-errors 跳过这些行。</source>
        <translation>Rows of the order list with errors: {n}, so no parcel was imported: fix them and import again, or add --skip-errors to skip those rows.</translation>
    </message>
    <message>
        <source>{file}（表头在第 {row} 行）：{n} 行，{orders} 个订单，批次“{round}”</source>
        <translation>{file} (header in row {row}): {n} rows, {orders} orders, round “{round}”</translation>
    </message>
    <message>
        <source>读的是工作表“{sheet}”；其余的工作表（{others}）不是订单明细（不对时用 --sheet 指定）。</source>
        <translation>Read the sheet “{sheet}”; the other sheets ({others}) are not the order list (use --sheet if this is wrong).</translation>
    </message>
    <message>
        <source>每个订单一件包裹，商品列在标签上（--per line 则每行商品一件）。</source>
        <translation>One parcel per order, its products listed on the label (--per line: one per product line).</translation>
    </message>
    <message>
        <source>每行商品一件包裹。</source>
        <translation>One parcel per product line.</translation>
    </message>
    <message>
        <source>新增 {new} 件，更新 {updated} 件，未变 {same} 件，跳过 {skipped} 行；金额合计 {amount} 元。</source>
        <translation>{new} added, {updated} updated, {same} unchanged, {skipped} rows skipped; amounts total {amount} yuan.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>各列导入为：{columns}（不对时用 --map 表头=字段 指定）</source>
        <translation>Columns imported as: {columns} (if wrong, set them with --map HEADER=FIELD)</translation>
    </message>
    <message>
        <source>没有匹配到住户（{n}）：</source>
        <translation>Not matched to a household ({n}):</translation>
    </message>
    <message>
        <source>第 {row} 行：{address} {recipient}</source>
        <translation>Row {row}: {address} {recipient}</translation>
    </message>
    <message>
        <source>可能是：{near}</source>
        <translation>Maybe: {near}</translation>
    </message>
    <message>
        <source>没有相近的住户。</source>
        <translation>No similar household.</translation>
    </message>
    <message>
        <source>用 parcels match 包裹编号 房号 把它们分给住户。</source>
        <translation>Assign them with: parcels match PARCEL-CODE ROOM.</translation>
    </message>
    <message>
        <source>配发给 {households} 户，共 {parcels} 件；{already} 户已配发过，没有重复配发。</source>
        <translation>Allocated parcels: {parcels} to households: {households}; households that already had theirs and got none again: {already}.</translation>
    </message>
    <message>
        <source>包裹 {parcel} 已分给住户 {code}。</source>
        <translation>Parcel {parcel} assigned to household {code}.</translation>
    </message>
    <message>
        <source>发放批次</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>新建一个批次</source>
        <translation>Create a round</translation>
    </message>
    <message>
        <source>批次名称，如“4月10日 蔬菜包”</source>
        <translation>Round name, e.g. &quot;Vegetables 10 Apr&quot;</translation>
    </message>
    <message>
        <source>order：订单批次（导入供应商订单表）；allocation：统一配发</source>
        <translation>order: order round (import a supplier&apos;s order list); allocation: one share per household</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD（默认今天）</source>
        <translation>Date YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>物资，如“蔬菜包”</source>
        <translation>Goods, e.g. &quot;vegetable box&quot;</translation>
    </message>
    <message>
        <source>每份价格（元），如 39.90</source>
        <translation>Price per parcel (yuan), e.g. 39.90</translation>
    </message>
    <message>
        <source>默认付款方式：prepaid 已预付、at_pickup 领取时付款、on_behalf 社区代付、free 免费</source>
        <translation>Default payment: prepaid, at_pickup (pay on collection), on_behalf (paid by community), free</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>（协调中心）这个批次给哪个接驳点，可重复；不写：所有接驳点</source>
        <translation>(coordinator) a point this round is for, repeatable; none: every point</translation>
    </message>
    <message>
        <source>（协调中心）批次给哪些接驳点</source>
        <translation>(coordinator) the points a round is for</translation>
    </message>
    <message>
        <source>（协调中心）改变批次给哪些接驳点：--point 可重复，或 --all 给所有接驳点</source>
        <translation>(coordinator) change the points a round is for: --point, repeatable, or --all for every point</translation>
    </message>
    <message>
        <source>所有接驳点</source>
        <translation>every point</translation>
    </message>
    <message>
        <source>列出批次</source>
        <translation>List rounds</translation>
    </message>
    <message>
        <source>价格“{price}”不是金额，请写成 39.90 这样的数字。</source>
        <translation>Price &quot;{price}&quot; is not an amount; write a number like 39.90.</translation>
    </message>
    <message>
        <source>已新建批次“{name}”（编号 {id}）。</source>
        <translation>Created round &quot;{name}&quot; (number {id}).</translation>
    </message>
    <message>
        <source>批次“{name}”给这些接驳点：{points}。</source>
        <translation>Round &quot;{name}&quot; is for these points: {points}.</translation>
    </message>
    <message>
        <source>批次“{name}”给所有接驳点。</source>
        <translation>Round &quot;{name}&quot; is for every point.</translation>
    </message>
    <message>
        <source>应到 {expected}，已到 {received}，多出 {surplus}，已领取 {collected}，还剩 {left}，未匹配 {unmatched}</source>
        <translation>expected {expected}, received {received}, surplus {surplus}, collected {collected}, left {left}, unmatched {unmatched}</translation>
    </message>
    <message>
        <source>共 {n} 个批次</source>
        <translation>Rounds: {n}</translation>
    </message>
    <message>
        <source>这一栋（楼）的全部住户，可重复</source>
        <translation>every household of this building, repeatable</translation>
    </message>
    <message>
        <source>一户（如 3-2-501），可重复</source>
        <translation>one household (e.g. 3-2-501), repeatable</translation>
    </message>
    <message>
        <source>（协调中心）登记接驳点</source>
        <translation>(coordinator) enrol pickup points</translation>
    </message>
    <message>
        <source>登记一个接驳点，做它的设置文件</source>
        <translation>enrol a pickup point and make its setup file</translation>
    </message>
    <message>
        <source>登记一个接驳点，做它的设置文件；加 --building / --household：先把这些住户分配给它</source>
        <translation>enrol a pickup point and make its setup file; with --building / --household: assign these households to it first</translation>
    </message>
    <message>
        <source>把住户分配给一个接驳点</source>
        <translation>assign households to a pickup point</translation>
    </message>
    <message>
        <source>把住户（整栋或按户）分配给一个接驳点；他们待领的包裹也一起改到那里</source>
        <translation>assign households (whole buildings or one by one) to a pickup point; their waiting parcels move there with them</translation>
    </message>
    <message>
        <source>住户不再只属于一个接驳点</source>
        <translation>households no longer assigned to one point</translation>
    </message>
    <message>
        <source>取消住户的分配：每个接驳点都能为他们发放</source>
        <translation>take households off their point: any point may hand out to them</translation>
    </message>
    <message>
        <source>列出接驳点</source>
        <translation>list the pickup points</translation>
    </message>
    <message>
        <source>登记的接驳点，和各自分到的住户数</source>
        <translation>the enrolled points, and how many households each serves</translation>
    </message>
    <message>
        <source>接驳点与协调中心之间用文件同步</source>
        <translation>sync by file between pickup points and the coordinator</translation>
    </message>
    <message>
        <source>导出同步文件</source>
        <translation>export a sync file</translation>
    </message>
    <message>
        <source>接驳点：导出还没被确认的记录；协调中心加 --point：给该接驳点的更新文件</source>
        <translation>on a point: export the records not yet acknowledged; on a coordinator with --point: that point&apos;s update file</translation>
    </message>
    <message>
        <source>导入同步文件</source>
        <translation>Import sync files</translation>
    </message>
    <message>
        <source>导入同步文件（协调中心：接驳点的数据；接驳点：更新文件）</source>
        <translation>import sync files (coordinator: the points&apos; batches; point: update files)</translation>
    </message>
    <message>
        <source>同步情况</source>
        <translation>sync status</translation>
    </message>
    <message>
        <source>每个接驳点：收到的记录、连续到几号、缺口、冲突</source>
        <translation>per point: records received, contiguous up to, gaps, conflicts</translation>
    </message>
    <message>
        <source>跳过一段补不回来的缺失记录</source>
        <translation>go on past missing records that cannot be recovered</translation>
    </message>
    <message>
        <source>（协调中心）跳过一段补不回来的缺失记录，记下原因</source>
        <translation>(coordinator) go on past missing records that cannot be recovered, recording why</translation>
    </message>
    <message>
        <source>处理一个冲突：以哪条记录为准，写明原因</source>
        <translation>resolve a conflict: the record that stands, and why</translation>
    </message>
    <message>
        <source>（协调中心）处理一个冲突：以哪条记录为准，写明原因（记下处理人）</source>
        <translation>(coordinator) resolve a conflict: the record that stands and why (who resolved it is recorded)</translation>
    </message>
    <message>
        <source>冲突编号（sync status 列出）</source>
        <translation>the conflict&apos;s id (as sync status lists it)</translation>
    </message>
    <message>
        <source>以这条记录为准：记录编号、站点:序号（如 DXL:20），或站点编号（冲突里只有它的一条记录时）</source>
        <translation>the record that stands: its id, SITE:SEQ (e.g. DXL:20), or a site id when the conflict has one record of it</translation>
    </message>
    <message>
        <source>FROM-TO 要写成 121-149 这样。</source>
        <translation>Write FROM-TO like 121-149.</translation>
    </message>
    <message>
        <source>把数据库完整复制一份（运行中也可以）</source>
        <translation>make a complete copy of the database (also while it is in use)</translation>
    </message>
    <message>
        <source>从备份恢复数据库：先检查备份，原来的数据库另存一份</source>
        <translation>restore the database from a backup: the backup is checked first and the current database kept aside</translation>
    </message>
    <message>
        <source>已备份 {n} 条记录到 {path}。</source>
        <translation>Backed up {n} records to {path}.</translation>
    </message>
    <message>
        <source>已从 {path} 恢复：{n} 条记录，{households} 户，备份时间 {at}。</source>
        <translation>Restored from {path}: {n} records, {households} households, backup taken {at}.</translation>
    </message>
    <message>
        <source>原来的数据库已另存为 {aside}。</source>
        <translation>The previous database was kept as {aside}.</translation>
    </message>
    <message>
        <source>操作人和他们的角色</source>
        <translation>operators and their roles</translation>
    </message>
    <message>
        <source>添加操作人；社区工作者和协调员需要设置 PIN</source>
        <translation>add an operator; community workers and coordinators need a PIN</translation>
    </message>
    <message>
        <source>volunteer：志愿者；worker：社区工作者；coordinator：协调员</source>
        <translation>volunteer, worker (community worker) or coordinator</translation>
    </message>
    <message>
        <source>列出操作人</source>
        <translation>list the operators</translation>
    </message>
    <message>
        <source>已添加操作人 {name}（{role}）。</source>
        <translation>Operator {name} ({role}) added.</translation>
    </message>
    <message>
        <source>给 {name} 设一个 PIN（4 到 12 位数字）：</source>
        <translation>Choose a PIN for {name} (4 to 12 digits): </translation>
    </message>
    <message>
        <source>需要 PIN：请在终端上输入，或设置环境变量 PICKUPPOINT_PIN。</source>
        <translation>A PIN is needed: type it on a terminal or set the environment variable PICKUPPOINT_PIN.</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>两次输入的 PIN 不一样，没有添加。</source>
        <translation>The two PINs differ; nobody was added.</translation>
    </message>
    <message>
        <source>应急结束后：删除住户的姓名、电话、代领人和备注（保留数量和记录），不可恢复</source>
        <translation>after the emergency: delete the households&apos; names, phones, proxies and notes (counts and records stay); cannot be undone</translation>
    </message>
    <message>
        <source>不再询问（用于脚本）</source>
        <translation>do not ask (for scripts)</translation>
    </message>
    <message>
        <source>清除个人信息不可恢复：请在终端上运行并确认，或加上 --yes。</source>
        <translation>Purging personal data cannot be undone: run it on a terminal and confirm, or add --yes.</translation>
    </message>
    <message>
        <source>这会永久删除所有住户的姓名、电话、代领人和备注，以及这个数据库的所有备份，不能恢复。
确定请输入 {word} 后回车：</source>
        <translation>This deletes for good every household&apos;s name, phone, proxies and notes, and every backup of this database. It cannot be undone.
Type {word} and Enter to go ahead: </translation>
    </message>
    <message>
        <source>没有确认，什么也没有删除。</source>
        <translation>Not confirmed: nothing was deleted.</translation>
    </message>
    <message>
        <source>已删除个人信息（{n} 条）；保留 {households} 户、{handovers} 次发放的记录；删除了 {copies} 个备份。</source>
        <translation>Personal data deleted ({n} entries); the records of {households} households and {handovers} handovers are kept; {copies} copies deleted.</translation>
    </message>
    <message>
        <source>无法删除备份 {path}：请手工删除它（里面还有个人信息）。</source>
        <translation>Could not delete the copy {path}: delete it by hand (it still holds personal data).</translation>
    </message>
    <message>
        <source>代付台账：代住户垫付的款项、已结算和未结算</source>
        <translation>Paid-on-behalf ledger: what was paid for households, settled and still owed</translation>
    </message>
    <message>
        <source>输出代付台账（PDF 或 XLSX；--json 输出各户明细）</source>
        <translation>the ledger (PDF or XLSX; --json: every line)</translation>
    </message>
    <message>
        <source>保存到的文件：.pdf 或 .xlsx</source>
        <translation>the file to write: .pdf or .xlsx</translation>
    </message>
    <message>
        <source>电话写完整号码（默认隐去中间四位）</source>
        <translation>full phone numbers (by default the middle four digits are hidden)</translation>
    </message>
    <message>
        <source>只统计这个接驳点（协调端用；可写多次）</source>
        <translation>only this point (on a coordinator; may be repeated)</translation>
    </message>
    <message>
        <source>登记一户在一个批次的代付款已结算</source>
        <translation>record that a household&apos;s paid-on-behalf amount for a round is settled</translation>
    </message>
    <message>
        <source>住户编号，例如 3-2-501</source>
        <translation>household code, e.g. 3-2-501</translation>
    </message>
    <message>
        <source>结算方式：cash 现金、qr 扫码、transfer 转账、waived 核销</source>
        <translation>how: cash, qr, transfer, waived (written off)</translation>
    </message>
    <message>
        <source>来结算的人</source>
        <translation>who settled</translation>
    </message>
    <message>
        <source>结算金额（元），默认结清</source>
        <translation>amount in yuan; default: all that is owed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <source>请写明要做什么：ledger show -o 台账.pdf，或 ledger settle 住户 批次 ...</source>
        <translation>Say what to do: ledger show -o ledger.pdf, or ledger settle HOUSEHOLD ROUND ...</translation>
    </message>
    <message>
        <source>请用 -o 指定保存的文件，或用 --json 输出。</source>
        <translation>Give a file with -o, or use --json.</translation>
    </message>
    <message>
        <source>代付台账：代付 {owed} 元，已结算 {settled} 元，未结算 {outstanding} 元；已保存到 {path}。</source>
        <translation>Ledger: {owed} yuan paid on behalf, {settled} settled, {outstanding} outstanding; saved to {path}.</translation>
    </message>
    <message>
        <source>金额“{amount}”无效，请写成 39.90 这样的数。</source>
        <translation>The amount &quot;{amount}&quot; is not valid: write a number like 39.90.</translation>
    </message>
    <message>
        <source>已登记：{household} 结算 {amount} 元（{method}，{by}）。</source>
        <translation>Recorded: {household} settled {amount} yuan ({method}, {by}).</translation>
    </message>
    <message>
        <source>未领取名单：已到货、还没人领的包裹，按楼栋、单元和房号排列（PDF、XLSX 或 CSV）</source>
        <translation>The uncollected list: parcels at the point that nobody has collected, by building, unit and room (PDF, XLSX or CSV)</translation>
    </message>
    <message>
        <source>批次名称或编号，可以写多个；不写则列出所有批次</source>
        <translation>round names or ids, several allowed; none: every round</translation>
    </message>
    <message>
        <source>保存到的文件：.pdf、.xlsx 或 .csv</source>
        <translation>the file to write: .pdf, .xlsx or .csv</translation>
    </message>
    <message>
        <source>每个单元里有标记的住户（独居老人、卧床等）排在前面</source>
        <translation>in each unit, flagged households (elderly living alone, bedridden, ...) first</translation>
    </message>
    <message>
        <source>协调端：只列这个接驳点的包裹（可写多次；不写则全部接驳点，各点分开列出并合计）</source>
        <translation>Coordinator: only this point&apos;s parcels (repeatable; without it every point, each listed apart with its totals)</translation>
    </message>
    <message>
        <source>未领取名单（{points}）：{households} 户、{parcels} 件，已保存到 {path}{pages}。</source>
        <translation>Uncollected list ({points}): {households} households, {parcels} parcels, saved to {path}{pages}.</translation>
    </message>
    <message>
        <source>  {point}：{households} 户、{parcels} 件</source>
        <translation>  {point}: {households} households, {parcels} parcels</translation>
    </message>
    <message>
        <source>（{n} 页）</source>
        <translation> ({n} pages)</translation>
    </message>
    <message>
        <source>未领取名单：{households} 户、{parcels} 件，已保存到 {path}{pages}。</source>
        <translation>Uncollected list: {households} households, {parcels} parcels, saved to {path}{pages}.</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>当日日报：到货、发放、未领取、作废、破损、收款、代付（PDF 或 XLSX）</source>
        <translation>the day&apos;s report: arrived, handed over, uncollected, voided, damaged, money, paid on behalf (PDF or XLSX)</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD，默认今天</source>
        <translation>date YYYY-MM-DD, default today</translation>
    </message>
    <message>
        <source>协调端：只统计这个接驳点（可写多次；不写则全部接驳点，各点分开列出并合计）</source>
        <translation>Coordinator: only this point&apos;s figures (repeatable; without it every point, each apart, and the totals)</translation>
    </message>
    <message>
        <source>请写明哪种报表，例如：report daily -o 日报.pdf</source>
        <translation>Say which report, for example: report daily -o report.pdf</translation>
    </message>
    <message>
        <source>日报已保存到 {path}。</source>
        <translation>The day&apos;s report is saved to {path}.</translation>
    </message>
    <message>
        <source>各接驳点日报已保存到 {path}（{points}）。</source>
        <translation>The points&apos; daily report is saved to {path} ({points}).</translation>
    </message>
    <message>
        <source>送货上门：安排志愿者把包裹送到住户家门口</source>
        <translation>Door delivery: volunteers carry parcels to the households&apos; doors</translation>
    </message>
    <message>
        <source>新建送货单：这些住户在点待领的包裹交给一位志愿者</source>
        <translation>a new run: these households&apos; parcels waiting at the point, given to a volunteer</translation>
    </message>
    <message>
        <source>有这个标记的住户（例如 bedridden）</source>
        <translation>households with this flag (e.g. bedridden)</translation>
    </message>
    <message>
        <source>这栋楼的住户</source>
        <translation>households of this building</translation>
    </message>
    <message>
        <source>送货志愿者</source>
        <translation>the volunteer</translation>
    </message>
    <message>
        <source>志愿者电话</source>
        <translation>the volunteer&apos;s phone</translation>
    </message>
    <message>
        <source>列出送货单</source>
        <translation>list the runs</translation>
    </message>
    <message>
        <source>打印送货单（PDF）</source>
        <translation>the delivery sheet (PDF)</translation>
    </message>
    <message>
        <source>送货单号</source>
        <translation>run number</translation>
    </message>
    <message>
        <source>登记送达：全部或逐户，记为志愿者送货上门</source>
        <translation>record delivery, all or by household, as door handovers by the volunteer</translation>
    </message>
    <message>
        <source>只登记这些住户；不写则全部</source>
        <translation>only these households; none: all</translation>
    </message>
    <message>
        <source>应收款怎么结：owed 代付记账（默认）、cash 现金、qr 扫码</source>
        <translation>how what is due was settled: owed (default), cash, qr</translation>
    </message>
    <message>
        <source>请写明要做什么：runs create / list / sheet / deliver</source>
        <translation>Say what to do: runs create / list / sheet / deliver</translation>
    </message>
    <message>
        <source>送货单 {run}：{households} 户、{parcels} 件，交给志愿者 {volunteer}。</source>
        <translation>Run {run}: {households} households, {parcels} parcels, given to {volunteer}.</translation>
    </message>
    <message>
        <source>{run}	{created}	{volunteer}	{households} 户	已送达 {delivered}/{parcels} 件</source>
        <translation>{run}	{created}	{volunteer}	{households} households	delivered {delivered}/{parcels}</translation>
    </message>
    <message>
        <source>送货单已保存到 {path}（{pages} 页）。</source>
        <translation>The delivery sheet is saved to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>已登记送达 {n} 件。</source>
        <translation>{n} parcels recorded delivered.</translation>
    </message>
    <message>
        <source>到货通知：哪些楼栋、单元有包裹待领（发到住户群的文字）</source>
        <translation>Notice: which buildings and units have parcels ready (text for the residents&apos; group)</translation>
    </message>
    <message>
        <source>批次名称或编号；不写则所有批次</source>
        <translation>round names or ids; none: every round</translation>
    </message>
    <message>
        <source>分时错峰取物时间表：按待领件数给各楼栋分配时段</source>
        <translation>Staggered pickup timetable: slots for each building in proportion to its parcels</translation>
    </message>
    <message>
        <source>开始时刻，例如 14:00</source>
        <translation>start, e.g. 14:00</translation>
    </message>
    <message>
        <source>结束时刻，例如 17:00</source>
        <translation>end, e.g. 17:00</translation>
    </message>
    <message>
        <source>每个时段的分钟数（默认 20）</source>
        <translation>minutes per slot (default 20)</translation>
    </message>
    <message>
        <source>每个时段最多几件（默认平均分配）</source>
        <translation>most parcels per slot (default: spread evenly)</translation>
    </message>
    <message>
        <source>按楼栋（building）或按单元（unit）分配</source>
        <translation>by building or by unit</translation>
    </message>
    <message>
        <source>另存为可打印的 PDF</source>
        <translation>also save a printable PDF</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <translation>{day}/{month}</translation>
    </message>
</context>
<context>
    <name>CollectorDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>送货上门</source>
        <translation>Door delivery</translation>
    </message>
    <message>
        <source>送货上门：{who}
由哪位志愿者送？</source>
        <translation>Door delivery: {who}
Which volunteer delivers?</translation>
    </message>
    <message>
        <source>送货志愿者：</source>
        <translation>Volunteer:</translation>
    </message>
    <message>
        <source>代领</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>代领：{who}
选择登记的代领人，或填写现场代领人的姓名和电话。</source>
        <translation>Proxy: {who}
Choose a registered proxy, or enter the name and phone of the person here.</translation>
    </message>
    <message>
        <source>这户没有登记代领人：请填写现场代领人的姓名和电话。</source>
        <translation>No registered proxy for this household: enter the name and phone of the person here.</translation>
    </message>
    <message>
        <source>这是扫到的条码，不是姓名或电话：请重新填写。</source>
        <translation>That is a scanned barcode, not a name or phone: please enter it again.</translation>
    </message>
    <message>
        <source>登记的代领人（↑↓ 选择）：</source>
        <translation>Registered proxies (↑↓ to choose):</translation>
    </message>
    <message>
        <source>登记的代领人</source>
        <translation>Registered proxies</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>处理冲突时请写明理由。</source>
        <translation>Please give a reason when settling a conflict.</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的冲突。</source>
        <translation>There is no conflict {id}.</translation>
    </message>
    <message>
        <source>冲突 {id} 已经处理过了。</source>
        <translation>Conflict {id} has already been settled.</translation>
    </message>
    <message>
        <source>记录 {record} 不在冲突 {id} 里。</source>
        <translation>Record {record} is not part of conflict {id}.</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>作废包裹时请写明原因。</source>
        <translation>Give a reason for cancelling the parcel.</translation>
    </message>
    <message>
        <source>没有编号为 {code} 的包裹。</source>
        <translation>No parcel with code {code}.</translation>
    </message>
    <message>
        <source>包裹 {code} 已经领取，不能作废：请先撤销这次发放。</source>
        <translation>Parcel {code} was already collected and cannot be cancelled: void the handover first.</translation>
    </message>
    <message>
        <source>包裹 {code} 已经作废过了。</source>
        <translation>Parcel {code} is already cancelled.</translation>
    </message>
    <message>
        <source>扫到的内容有 {n} 个字符，太长了，不是包裹编号（开头是 {start}…）：请重新扫描。</source>
        <translation>The scan has {n} characters, far too long for a parcel code (it starts {start}…): scan again.</translation>
    </message>
    <message>
        <source>条码读取有误（校验位不符），请重新扫描。</source>
        <translation>Misread barcode (check character does not match); scan again.</translation>
    </message>
    <message>
        <source>没有编号为 {code} 的包裹：请核对标签，或按房号、电话查找。</source>
        <translation>No parcel with code {code}: check the label, or find by room or phone.</translation>
    </message>
    <message>
        <source>这个包裹已改由{point}发放（住户改到那里领取）：不要在这里发，请放到一边，等协调中心安排送到{point}。</source>
        <translation>This parcel is now handed out at {point} (its household collects there now): do not hand it over here; set it aside until the coordinator has it taken to {point}.</translation>
    </message>
    <message>
        <source>这个包裹应在{point}发放，不在本接驳点发放。</source>
        <translation>This parcel is handed out at {point}, not at this pickup point.</translation>
    </message>
    <message>
        <source>未注明原因</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>这个包裹已作废（{reason}），不能发放。</source>
        <translation>This parcel is cancelled ({reason}) and cannot be handed out.</translation>
    </message>
    <message>
        <source>{household} 已于 {time} 领取过“{round}”的一份（包裹 {other}），不能重复领取。</source>
        <translation>{household} already collected one from &quot;{round}&quot; at {time} (parcel {other}); only one per household.</translation>
    </message>
    <message>
        <source>这个包裹已经领取过了，不能重复发放。</source>
        <translation>This parcel was already collected; it cannot be handed out twice.</translation>
    </message>
    <message>
        <source>已领取：{time} 在{point}由{collector}领走（操作人 {operator}），不能重复发放。</source>
        <translation>Already collected {time} at {point} by {collector} (operator {operator}); cannot hand out twice.</translation>
    </message>
    <message>
        <source>这个包裹没有对应的住户：请核对收件人 {name}。</source>
        <translation>This parcel has no matching household: check the recipient {name}.</translation>
    </message>
    <message>
        <source>包裹尚未验收入库；发放即视为已到货。</source>
        <translation>Parcel not received yet; handing it out marks it received.</translation>
    </message>
    <message>
        <source>包裹登记为破损，请与领取人当面确认。</source>
        <translation>Parcel recorded as damaged: check it together with the collector.</translation>
    </message>
    <message>
        <source>应收 {amount} 元。</source>
        <translation>Due: ¥{amount}.</translation>
    </message>
    <message>
        <source>已安排送货上门：志愿者 {volunteer}（送货单 {run}）。</source>
        <translation>On a door-delivery run: volunteer {volunteer} (run {run}).</translation>
    </message>
    <message>
        <source>同一批次每户只能领取一份。</source>
        <translation>One per household per round.</translation>
    </message>
    <message>
        <source>没有要发放的包裹。</source>
        <translation>No parcels to hand out.</translation>
    </message>
    <message>
        <source>一次只能为一户发放：这些包裹属于不同的住户（{codes}）。</source>
        <translation>Hand out to one household at a time: these parcels belong to different households ({codes}).</translation>
    </message>
    <message>
        <source>同一批次每户只能领取一份：{code} 不能与同批次的另一份一起发放。</source>
        <translation>One per household per round: {code} cannot be handed out together with another from the same round.</translation>
    </message>
    <message>
        <source>撤销发放时请写明原因。</source>
        <translation>Give a reason for voiding the handover.</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>The reason for the undo</translation>
    </message>
    <message>
        <source>这次发放已经撤销过了。</source>
        <translation>This handover is already voided.</translation>
    </message>
    <message>
        <source>包裹 {code} 目前不是已领取状态，没有可撤销的发放。</source>
        <translation>Parcel {code} is not collected, so there is no handover to void.</translation>
    </message>
    <message>
        <source>小票 {no} 的发放已经全部撤销过了。</source>
        <translation>The handover on receipt {no} is already fully voided.</translation>
    </message>
    <message>
        <source>没有找到 {code} 的发放记录：请输入包裹编号或小票号。</source>
        <translation>No handover found for {code}: enter a parcel code or receipt number.</translation>
    </message>
    <message>
        <source>要查找的内容有 {n} 个字，太长了（最多 {max} 个字）：请输入包裹编号、房号、电话或姓名。</source>
        <translation>The search text has {n} characters, too long (at most {max}): enter a parcel code, a room, a phone or a name.</translation>
    </message>
    <message>
        <source>{code} 没有待领取的包裹。</source>
        <translation>{code} has no parcels waiting.</translation>
    </message>
    <message>
        <source>领取方式“{kind}”无效。</source>
        <translation>Invalid collection type &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>领取人姓名</source>
        <translation>The collector&apos;s name</translation>
    </message>
    <message>
        <source>领取人电话太长，不是电话号码。</source>
        <translation>The collector&apos;s phone is too long to be a phone number.</translation>
    </message>
    <message>
        <source>领取人电话“{phone}”不是有效的电话号码。</source>
        <translation>Collector&apos;s phone &quot;{phone}&quot; is not a valid phone number.</translation>
    </message>
    <message>
        <source>代领时请填写代领人姓名。</source>
        <translation>Enter the proxy&apos;s name.</translation>
    </message>
    <message>
        <source>送货上门时请填写送货志愿者的姓名。</source>
        <translation>Enter the name of the delivery volunteer.</translation>
    </message>
    <message>
        <source>代领人 {name}</source>
        <translation>proxy {name}</translation>
    </message>
    <message>
        <source>送货上门（志愿者 {name}）</source>
        <translation>door delivery (volunteer {name})</translation>
    </message>
    <message>
        <source>本户 {name}</source>
        <translation>household member {name}</translation>
    </message>
    <message>
        <source>本户</source>
        <translation>household member</translation>
    </message>
    <message>
        <source>无需付款</source>
        <translation>No payment</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>扫码支付</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>已预付</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <source>代付（记账）</source>
        <translation>Paid on behalf (owed)</translation>
    </message>
    <message>
        <source>免收</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>付款方式“{mode}”无效：应为 cash、qr、prepaid、owed 或 waived。</source>
        <translation>Invalid payment method &quot;{mode}&quot;: use cash, qr, prepaid, owed or waived.</translation>
    </message>
    <message>
        <source>这些包裹无需付款，不能收取 {amount} 元。</source>
        <translation>Nothing is due for these parcels; cannot take ¥{amount}.</translation>
    </message>
    <message>
        <source>应收 {amount} 元：请选择付款方式（现金、扫码、代付或免收）。</source>
        <translation>¥{amount} due: choose a payment method (cash, QR, paid on behalf or waived).</translation>
    </message>
    <message>
        <source>应收 {due} 元，输入的金额是 {amount} 元：请核对。</source>
        <translation>¥{due} is due but ¥{amount} was entered: please check.</translation>
    </message>
    <message>
        <source>免收时请写明原因。</source>
        <translation>Give a reason for waiving payment.</translation>
    </message>
    <message>
        <source>没有找到 {code} 的发放记录，无法打印小票。</source>
        <translation>No handover found for {code}; cannot print a receipt.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>同一条码连续读到两次，已忽略第二次。</source>
        <translation>Same barcode read twice in a row; the second read was ignored.</translation>
    </message>
    <message>
        <source>！手工输入的编号没有校验位，输错一个字就可能是别户的包裹：请核对住户 {household}，无误再按一次回车。</source>
        <translation>! A typed code without a check character: one wrong character can name another household&apos;s parcel. Check household {household}, then press Enter once more.</translation>
    </message>
    <message>
        <source>✓ 已加入：{code}。核对后按回车，一起发放 {n} 件。</source>
        <translation>✓ Added {code}. Check, then press Enter to hand out all {n} together.</translation>
    </message>
    <message>
        <source>✗ {code} 不能一起发放：{reason} 其余的按回车发放。</source>
        <translation>✗ {code} cannot go with them: {reason} Press Enter to hand out the others.</translation>
    </message>
    <message>
        <source>✗ 还有 {household} 的 {n} 件没有发放：先按回车发放或按 Esc 取消，再扫下一户（刚扫到的 {code} 没有处理）。</source>
        <translation>✗ {household} is still waiting (parcels: {n}): press Enter to hand out or Esc to cancel, then scan the next household ({code} was not taken).</translation>
    </message>
    <message>
        <source>这户这次可领 {n} 件：已勾选的一起发放（Ctrl+数字 勾选或取消）</source>
        <translation>Parcels for this household now: {n}. The ticked ones are handed out together (Ctrl+number ticks/unticks)</translation>
    </message>
    <message>
        <source>应收 {amount} 元</source>
        <translation>Due: ¥{amount}</translation>
    </message>
    <message>
        <source>请扫描包裹条码。没有标签：按 F4 按房号、电话或姓名查找。</source>
        <translation>Scan a parcel barcode. No label: press F4 to find by room, phone or name.</translation>
    </message>
    <message>
        <source>没有勾选要发放的包裹。</source>
        <translation>No parcel ticked to hand out.</translation>
    </message>
    <message>
        <source>付款窗口打开时扫到了条码，没有处理：先选择付款方式或按 Esc，再扫描。</source>
        <translation>A barcode was scanned while the payment window was open and was not taken: choose how it is paid or press Esc, then scan.</translation>
    </message>
    <message>
        <source>正在发放……</source>
        <translation>Handing out…</translation>
    </message>
    <message>
        <source>已发放 {n} 件给 {household}，小票号 {no}。</source>
        <translation>Handed out to {household}: {n}; receipt {no}.</translation>
    </message>
    <message>
        <source>✗ 没有发放：{reason}</source>
        <translation>✗ Not handed out: {reason}</translation>
    </message>
    <message>
        <source>，{mode} {amount} 元</source>
        <translation>, {mode} ¥{amount}</translation>
    </message>
    <message>
        <source>查无此包裹</source>
        <translation>Unknown parcel</translation>
    </message>
    <message>
        <source>请重新扫描</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>非本点包裹</source>
        <translation>Not for this point</translation>
    </message>
    <message>
        <source>包裹已作废</source>
        <translation>Parcel cancelled</translation>
    </message>
    <message>
        <source>已经领过了</source>
        <translation>Already collected</translation>
    </message>
    <message>
        <source>本批已领过</source>
        <translation>Round already collected</translation>
    </message>
    <message>
        <source>没有待领包裹</source>
        <translation>Nothing waiting</translation>
    </message>
    <message>
        <source>不能发放</source>
        <translation>Cannot hand out</translation>
    </message>
    <message>
        <source>✗ 不能发放</source>
        <translation>✗ Cannot hand out</translation>
    </message>
    <message>
        <source>有应收款：按回车后选择付款方式。</source>
        <translation>Payment due: press Enter, then choose the payment method.</translation>
    </message>
    <message>
        <source>！请注意：{notes}</source>
        <translation>! Note: {notes}</translation>
    </message>
    <message>
        <source>✓ 可以发放：核对后按回车</source>
        <translation>✓ OK to hand out: check, then press Enter</translation>
    </message>
    <message>
        <source>无对应住户</source>
        <translation>No matching household</translation>
    </message>
    <message>
        <source>收件人 {name}  {address}</source>
        <translation>Recipient {name}  {address}</translation>
    </message>
    <message>
        <source>{head}&#x3000;{members} 人</source>
        <translation>{head}  household of {members}</translation>
    </message>
    <message>
        <source>（未登记户主）</source>
        <translation>(no head of household)</translation>
    </message>
    <message>
        <source>代领人：{names}</source>
        <translation>Proxies: {names}</translation>
    </message>
    <message>
        <source>{item}&#x3000;·&#x3000;{round}&#x3000;·&#x3000;{code}</source>
        <translation>{item}  ·  {round}  ·  {code}</translation>
    </message>
    <message>
        <source>（未写物品）</source>
        <translation>(no item given)</translation>
    </message>
    <message>
        <source>代付 {amount} 元 记账</source>
        <translation>Paid on behalf ¥{amount}, booked</translation>
    </message>
    <message>
        <source>✓ 已发放 {n} 件：{who}{paid}。小票 {no}，请扫下一件。</source>
        <translation>✓ Handed out: {n} · {who}{paid}. Receipt {no}. Scan the next one.</translation>
    </message>
    <message>
        <source>↩ 已撤销发给 {household} 的“{item}”：包裹 {code} 回到待领取（原因：{reason}）。</source>
        <translation>↩ Undone: &quot;{item}&quot; for {household}. Parcel {code} is waiting for collection again (reason: {reason}).</translation>
    </message>
    <message>
        <source>应收 {amount}</source>
        <translation>due {amount}</translation>
    </message>
    <message>
        <source>← 刚扫描</source>
        <translation>← just scanned</translation>
    </message>
    <message>
        <source>不能发放：{reason}</source>
        <translation>cannot hand out: {reason}</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>扫描包裹条码</source>
        <translation>Scan parcel barcode</translation>
    </message>
    <message>
        <source>扫码，或输入包裹编号后按回车</source>
        <translation>Scan, or type a parcel code and press Enter</translation>
    </message>
    <message>
        <source>包裹条码</source>
        <translation>Parcel barcode</translation>
    </message>
    <message>
        <source>请扫描包裹条码</source>
        <translation>Scan a parcel barcode</translation>
    </message>
    <message>
        <source>本户还有待领取的包裹（Ctrl+数字 勾选或取消）</source>
        <translation>This household&apos;s waiting parcels (Ctrl+number ticks/unticks)</translation>
    </message>
    <message>
        <source>本户待领取的包裹</source>
        <translation>This household&apos;s waiting parcels</translation>
    </message>
    <message>
        <source>本班次</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>最近发放（↑↓ 选择，F5 撤销，F6 重打小票）</source>
        <translation>Recent handovers (↑↓, F5 void, F6 reprint)</translation>
    </message>
    <message>
        <source>最近发放</source>
        <translation>Recent handovers</translation>
    </message>
    <message>
        <source>自动打印小票</source>
        <translation>Print receipts automatically</translation>
    </message>
    <message>
        <source>小票版式</source>
        <translation>Receipt format</translation>
    </message>
    <message>
        <source>交班：从现在起重新统计</source>
        <translation>Shift change: count from now</translation>
    </message>
    <message>
        <source>Enter 发放</source>
        <translation>Enter Hand out</translation>
    </message>
    <message>
        <source>F2 代领</source>
        <translation>F2 Proxy</translation>
    </message>
    <message>
        <source>F3 送货上门</source>
        <translation>F3 Delivery</translation>
    </message>
    <message>
        <source>F4 无标签查找</source>
        <translation>F4 No label</translation>
    </message>
    <message>
        <source>F5 撤销</source>
        <translation>F5 Void</translation>
    </message>
    <message>
        <source>F6 小票</source>
        <translation>F6 Receipt</translation>
    </message>
    <message>
        <source>Esc 取消</source>
        <translation>Esc Cancel</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>（含多出 {n} 件）</source>
        <translation> (including {n} surplus)</translation>
    </message>
    <message>
        <source>到货合计</source>
        <translation>Arrived in all</translation>
    </message>
    <message>
        <source>本户领取</source>
        <translation>Collected by the household</translation>
    </message>
    <message>
        <source>代领</source>
        <translation>Collected by a proxy</translation>
    </message>
    <message>
        <source>送货上门</source>
        <translation>Delivered to the door</translation>
    </message>
    <message>
        <source>按批次：{round}</source>
        <translation>Round: {round}</translation>
    </message>
    <message>
        <source>发放合计（{visits} 人次）</source>
        <translation>Handed over in all ({visits} visits)</translation>
    </message>
    <message>
        <source>未领取合计</source>
        <translation>Uncollected in all</translation>
    </message>
    <message>
        <source>作废的发放记录</source>
        <translation>Handovers voided</translation>
    </message>
    <message>
        <source>破损的包裹</source>
        <translation>Parcels damaged</translation>
    </message>
    <message>
        <source>收款合计（现金 + 扫码）</source>
        <translation>Money taken (cash + QR)</translation>
    </message>
    <message>
        <source>今日代付记账</source>
        <translation>Paid on behalf today</translation>
    </message>
    <message>
        <source>截至当日代付累计</source>
        <translation>Paid on behalf up to this day</translation>
    </message>
    <message>
        <source>其中已结算</source>
        <translation>of which settled</translation>
    </message>
    <message>
        <source>未结算</source>
        <translation>outstanding</translation>
    </message>
    <message>
        <source>到货（按批次）</source>
        <translation>Arrived (by round)</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>未领取（当日结束时在点）</source>
        <translation>Uncollected (at the point at the end of the day)</translation>
    </message>
    <message>
        <source>作废与破损</source>
        <translation>Voided and damaged</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>代付（代付台账）</source>
        <translation>Paid on behalf (ledger)</translation>
    </message>
    <message>
        <source>发放合计</source>
        <translation>Handed over in all</translation>
    </message>
    <message>
        <source>收款合计</source>
        <translation>Money taken</translation>
    </message>
    <message>
        <source>接驳点日报 {date}</source>
        <translation>Pickup point report {date}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>打印人</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>工作群通报（可直接粘贴）</source>
        <translation>For the work group (ready to paste)</translation>
    </message>
    <message>
        <source>接驳点日报 · {point} · {date}</source>
        <translation>Pickup point report · {point} · {date}</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>日报</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>按批次</source>
        <translation>By round</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>到货</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>其中多出</source>
        <translation>Of which surplus</translation>
    </message>
    <message>
        <source>未领取</source>
        <translation>Uncollected</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>日报（各接驳点）</source>
        <translation>Daily report (all points)</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>全部接驳点合计：{points}</source>
        <translation>All points together: {points}</translation>
    </message>
    <message>
        <source>已复制，可以粘贴到微信工作群。</source>
        <translation>Copied: paste it into the WeChat work group.</translation>
    </message>
    <message>
        <source>已发送到打印机。</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>日报_{date}</source>
        <translation>report_{date}</translation>
    </message>
    <message>
        <source>另存日报</source>
        <translation>Save the day&apos;s report</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>接驳点日报</source>
        <translation>The day&apos;s report</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>接驳点（不勾选则为全部）</source>
        <translation>Points (none ticked: all)</translation>
    </message>
    <message>
        <source>接驳点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>当日数字</source>
        <translation>The day&apos;s figures</translation>
    </message>
    <message>
        <source>工作群通报（复制后粘贴到微信工作群）</source>
        <translation>For the work group (copy, then paste into WeChat)</translation>
    </message>
    <message>
        <source>工作群通报</source>
        <translation>For the work group</translation>
    </message>
    <message>
        <source>复制通报</source>
        <translation>Copy the text</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF / Excel…</source>
        <translation>Save as PDF / Excel…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>各批次领取进度</source>
        <translation>Collection by round</translation>
    </message>
    <message>
        <source>各楼栋领取进度</source>
        <translation>Collection by building</translation>
    </message>
    <message>
        <source>今日到货
{n} 件</source>
        <translation>Arrived today
{n}</translation>
    </message>
    <message>
        <source>今日发放
{n} 件（代领 {proxy}，送货 {door}）</source>
        <translation>Handed over today
{n} ({proxy} proxy, {door} door)</translation>
    </message>
    <message>
        <source>在点待领
{n} 件</source>
        <translation>Waiting at the point
{n}</translation>
    </message>
    <message>
        <source>今日收款
{amount} 元</source>
        <translation>Money today
{amount} yuan</translation>
    </message>
    <message>
        <source>应到 {expected}&#x3000;已到 {received}&#x3000;还没到 {missing}&#x3000;多出 {surplus}&#x3000;已领取 {collected}&#x3000;还剩 {left}&#x3000;破损 {damaged}</source>
        <translation>Expected {expected} · arrived {received} · missing {missing} · surplus {surplus} · collected {collected} · left {left} · damaged {damaged}</translation>
    </message>
    <message>
        <source>{building}栋</source>
        <translation>Bldg {building}</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>按楼栋：</source>
        <translation>By building:</translation>
    </message>
</context>
<context>
    <name>DeliverySheet</name>
    <message>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>{n} 件</source>
        <translation>{n} parcels</translation>
    </message>
    <message>
        <source>送货上门单</source>
        <translation>Door delivery sheet</translation>
    </message>
    <message>
        <source>送货单号</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>志愿者电话</source>
        <translation>Volunteer&apos;s phone</translation>
    </message>
    <message>
        <source>安排时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>送货上门单 {run} · {volunteer} · 送达后请住户在“签收”栏签字</source>
        <translation>Door delivery {run} · {volunteer} · ask the resident to sign on delivery</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>包裹（编号 物品）</source>
        <translation>Parcels (code, item)</translation>
    </message>
    <message>
        <source>应收（元）</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>这张送货单没有包裹。</source>
        <translation>This run has no parcels.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>这个数据库已是接驳点 {id}（{name}）的数据，不能放入演示社区；请用 --db 指定另一个文件。</source>
        <translation>This database already belongs to pickup point {id} ({name}) and cannot hold the demo community; use --db to choose another file.</translation>
    </message>
    <message>
        <source>住户数不能是负数。</source>
        <translation>The number of households cannot be negative.</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>无法保存为“{path}”：文件名应以 {endings} 结尾。</source>
        <translation>Cannot save as “{path}”: the file name must end in {endings}.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{point}（{site}）</source>
        <translation>{point} ({site})</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{group} {sub}（续）</source>
        <translation>{group} {sub} (continued)</translation>
    </message>
    <message>
        <source>第 {page} 页 / 共 {total} 页</source>
        <translation>Page {page} of {total}</translation>
    </message>
</context>
<context>
    <name>EarlyScan</name>
    <message>
        <source>扫码 / 输入条码</source>
        <translation>Scan / type a code</translation>
    </message>
    <message>
        <source>正在打开数据库……现在扫码也可以，打开后马上处理。</source>
        <translation>Opening the database… You can scan already: the codes are handled as soon as it is open.</translation>
    </message>
    <message>
        <source>已收到 {n} 个条码，数据库打开后马上处理。</source>
        <translation>{n} code(s) taken; they are handled as soon as the database is open.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>启用</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择设置文件</source>
        <translation>Choose the setup file</translation>
    </message>
    <message>
        <source>设置文件 (*.ppsetup);;所有文件 (*)</source>
        <translation>Setup files (*.ppsetup);;All files (*)</translation>
    </message>
    <message>
        <source>请选择协调中心给的设置文件。</source>
        <translation>Choose the setup file the coordinator gave you.</translation>
    </message>
    <message>
        <source>请输入启用码。</source>
        <translation>Enter the enrolment code.</translation>
    </message>
    <message>
        <source>正在核对启用码…</source>
        <translation>Checking the enrolment code…</translation>
    </message>
    <message>
        <source>加入街道的同步</source>
        <translation>Join the street office&apos;s sync</translation>
    </message>
    <message>
        <source>选择协调中心给的设置文件，输入随文件另外告诉您的启用码（16 位，字母大小写和横线都不要紧）。</source>
        <translation>Choose the setup file from the coordinator and enter the enrolment code you were told separately (16 characters; case and dashes do not matter).</translation>
    </message>
    <message>
        <source>设置文件：</source>
        <translation>Setup file:</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>启用码：</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>如 K7MQ-4XCA-9RTW-3HNP</source>
        <translation>e.g. K7MQ-4XCA-9RTW-3HNP</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>文件名里有空字符</source>
        <translation>the file name holds a NUL character</translation>
    </message>
    <message>
        <source>文件夹不存在</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>这是一个文件夹</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>这不是普通文件，而是设备或管道</source>
        <translation>it is not a regular file but a device or a pipe</translation>
    </message>
    <message>
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>位置是只读的</source>
        <translation>the location is read-only</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>写入出错，U 盘或磁盘可能已拔出或损坏</source>
        <translation>a write error: the USB stick or disk may have been pulled out or be damaged</translation>
    </message>
    <message>
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>无法写入文件 {path}（{reason}），请换一个位置或文件名。</source>
        <translation>Cannot write the file {path} ({reason}): choose another place or file name.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>街道协调中心</source>
        <translation>Street office coordination hub</translation>
    </message>
    <message>
        <source>名称会印在各点的名单和日报上，例如“白竹街道办”；编号是协调中心自己的站点编号，和各接驳点的编号不能重复，设好后不能再改。</source>
        <translation>The name is printed on the points&apos; lists and reports, e.g. &quot;Baizhu Street Office&quot;; the id is the hub&apos;s own site id, different from every point&apos;s, and cannot be changed once set.</translation>
    </message>
    <message>
        <source>协调中心名称(&amp;N)：</source>
        <translation>Hub &amp;name:</translation>
    </message>
    <message>
        <source>例如：白竹街道办</source>
        <translation>e.g. Baizhu Street Office</translation>
    </message>
    <message>
        <source>例如：JDB（2 到 12 个字母或数字）</source>
        <translation>e.g. JDB (2 to 12 letters or digits)</translation>
    </message>
    <message>
        <source>请填写接驳点名称。</source>
        <translation>Please enter the pickup point&apos;s name.</translation>
    </message>
    <message>
        <source>站点编号“{id}”不能用：只能是 2 到 12 个字母或数字，例如 P01。</source>
        <translation>The site ID “{id}” cannot be used: 2 to 12 letters or digits only, for example P01.</translation>
    </message>
    <message>
        <source>正在准备演示社区，请稍候……</source>
        <translation>Preparing the demo community, one moment…</translation>
    </message>
    <message>
        <source>第一次使用</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>欢迎使用社区接驳点</source>
        <translation>Welcome to pickuppoint</translation>
    </message>
    <message>
        <source>这台电脑上还没有设置接驳点。请选一项开始：</source>
        <translation>No pickup point is set up on this computer yet. Choose how to begin:</translation>
    </message>
    <message>
        <source>设置本接驳点(&amp;S)</source>
        <translation>&amp;Set up this pickup point</translation>
    </message>
    <message>
        <source>正式使用：填写接驳点名称和编号，再导入住户名册。</source>
        <translation>For real use: enter the point&apos;s name and ID, then import the household roster.</translation>
    </message>
    <message>
        <source>用协调中心的设置文件启用(&amp;E)</source>
        <translation>&amp;Enrol with the coordinator&apos;s setup file</translation>
    </message>
    <message>
        <source>协调员给了设置文件和启用码：接驳点的名称、编号、住户和批次都从文件里来。</source>
        <translation>The coordinator gave you a setup file and an enrolment code: the point&apos;s name, ID, households and rounds all come from the file.</translation>
    </message>
    <message>
        <source>设置为街道协调中心(&amp;C)</source>
        <translation>Set up the street office&apos;s &amp;coordination hub</translation>
    </message>
    <message>
        <source>街道办的协调员用：给各接驳点做设置文件，汇总各点交来的同步文件，看各点的未领取名单和日报。</source>
        <translation>For the street office&apos;s coordinator: make the points&apos; setup files, merge the files the points send, see every point&apos;s uncollected list and daily report.</translation>
    </message>
    <message>
        <source>先用演示社区练习(&amp;D)</source>
        <translation>Practise with the &amp;demo community first</translation>
    </message>
    <message>
        <source>打开一个虚构的社区，有住户和包裹，马上可以试着扫码发放。练习的数据单独保存，不影响正式使用。</source>
        <translation>Opens an invented community with households and parcels: you can scan and hand over at once. The practice data is kept apart and does not touch real use.</translation>
    </message>
    <message>
        <source>本接驳点</source>
        <translation>This pickup point</translation>
    </message>
    <message>
        <source>名称会印在标签、小票和名单上；编号由协调员分配，包裹编号以它开头，设好后不能再改。</source>
        <translation>The name is printed on labels, receipts and lists; the ID comes from your coordinator, starts every parcel code and cannot be changed later.</translation>
    </message>
    <message>
        <source>接驳点名称(&amp;N)：</source>
        <translation>Point &amp;name:</translation>
    </message>
    <message>
        <source>例如：白竹亭社区接驳点</source>
        <translation>e.g. Baizhuting community pickup point</translation>
    </message>
    <message>
        <source>站点编号(&amp;I)：</source>
        <translation>Site &amp;ID:</translation>
    </message>
    <message>
        <source>例如：P01（2 到 12 个字母或数字）</source>
        <translation>e.g. P01 (2 to 12 letters or digits)</translation>
    </message>
    <message>
        <source>住户名册</source>
        <translation>Household roster</translation>
    </message>
    <message>
        <source>发放要先有住户。社区的 Excel 或 CSV 名册可以直接导入。</source>
        <translation>Handing over needs households first. The community&apos;s Excel or CSV roster can be imported as it is.</translation>
    </message>
    <message>
        <source>现在导入住户名册（Excel 或 CSV）(&amp;R)</source>
        <translation>Import the household &amp;roster now (Excel or CSV)</translation>
    </message>
    <message>
        <source>以后再导入，先手工添加住户(&amp;L)</source>
        <translation>Import &amp;later; add households by hand for now</translation>
    </message>
    <message>
        <source>之后的步骤：在“批次”页新建批次，导入供应商的订单表或按户配发；打印标签贴在包裹上；货到了在“到货验收”页扫码；在“发放”页扫码，按回车发给住户。按 F1 随时查看快捷键。</source>
        <translation>Next steps: on Rounds, create a round and import the supplier&apos;s order list or allocate per household; print labels for the parcels; when the goods arrive, scan them on Receiving; on Counter, scan and press Enter to hand over. Press F1 any time for the shortcuts.</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>独居老人</source>
        <translation>Elderly alone</translation>
    </message>
    <message>
        <source>无智能手机</source>
        <translation>No smartphone</translation>
    </message>
    <message>
        <source>卧床</source>
        <translation>Bedridden</translation>
    </message>
    <message>
        <source>残障</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>困难家庭</source>
        <translation>Low-income</translation>
    </message>
    <message>
        <source>居家隔离</source>
        <translation>Home quarantine</translation>
    </message>
</context>
<context>
    <name>GoodsReceived</name>
    <message>
        <source>第 {page} 页 / 共 {total} 页</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>到货签收单</source>
        <translation>Goods received note</translation>
    </message>
    <message>
        <source>{point}（{site}）</source>
        <translation>{point} ({site})</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>供货方</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>配送日期</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>接驳点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>按楼栋</source>
        <translation>By building</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实到</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>破损</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>缺少的包裹（{n} 件）</source>
        <translation>Missing parcels ({n})</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>包裹编号</source>
        <translation>Parcel code</translation>
    </message>
    <message>
        <source>没有缺少的包裹。</source>
        <translation>No missing parcels.</translation>
    </message>
    <message>
        <source>多出的包裹（{n} 件）</source>
        <translation>Surplus parcels ({n})</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>没有多出的包裹。</source>
        <translation>No surplus parcels.</translation>
    </message>
    <message>
        <source>破损的包裹（{n} 件）</source>
        <translation>Damaged parcels ({n})</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>没有破损的包裹。</source>
        <translation>No damaged parcels.</translation>
    </message>
    <message>
        <source>多出</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>以上数量经双方当面清点无误。缺少、多出和破损的包裹已逐件列出。</source>
        <translation>Counted together by both parties; missing, surplus and damaged parcels are listed above.</translation>
    </message>
    <message>
        <source>送货人签字</source>
        <translation>Courier&apos;s signature</translation>
    </message>
    <message>
        <source>接驳点签收人签字</source>
        <translation>Pickup point signature</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>未匹配住户</source>
        <translation>No matching household</translation>
    </message>
    <message>
        <source>到货签收单 · {round} · {point}</source>
        <translation>Goods received note · {round} · {point}</translation>
    </message>
    <message>
        <source>到货签收单 {round}</source>
        <translation>Goods received note {round}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>撤销原因：{reason}</source>
        <translation>Reason for voiding: {reason}</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新增住户</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>编辑住户 {code}</source>
        <translation>Edit household {code}</translation>
    </message>
    <message>
        <source>住户 {code}</source>
        <translation>Household {code}</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请填写楼栋。</source>
        <translation>Enter the building.</translation>
    </message>
    <message>
        <source>楼栋“{text}”无法识别，请填写如 3 或 3号楼。</source>
        <translation>Building &quot;{text}&quot; not recognised; enter e.g. 3 or 3号楼.</translation>
    </message>
    <message>
        <source>单元“{text}”无法识别，请填写如 2；没有单元填 0。</source>
        <translation>Unit &quot;{text}&quot; not recognised; enter e.g. 2, or 0 if there are no units.</translation>
    </message>
    <message>
        <source>请填写房号。</source>
        <translation>Enter the room.</translation>
    </message>
    <message>
        <source>房号“{text}”无法识别，请填写如 501。</source>
        <translation>Room &quot;{text}&quot; not recognised; enter e.g. 501.</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>栋</source>
        <translation>Bldg</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>没有单元的楼栋填 0 或留空</source>
        <translation>0 or empty for buildings without units</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机或座机号码</source>
        <translation>Mobile or landline number</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>代领人（可代为领取的人）</source>
        <translation>Proxies (people who may collect for them)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>添加代领人</source>
        <translation>Add proxy</translation>
    </message>
    <message>
        <source>删除代领人</source>
        <translation>Remove proxy</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>缺少楼栋或房号。</source>
        <translation>Building or room is missing.</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>The head of household&apos;s name</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>The grid</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>代领人姓名</source>
        <translation>A proxy&apos;s name</translation>
    </message>
    <message>
        <source>电话号码“{phone}”不是有效的手机或座机号码。</source>
        <translation>&quot;{phone}&quot; is not a valid mobile or landline number.</translation>
    </message>
    <message>
        <source>人数必须是正整数。</source>
        <translation>Members must be a whole number above 0.</translation>
    </message>
    <message>
        <source>未知的标记：{flags}。</source>
        <translation>Unknown flags: {flags}.</translation>
    </message>
    <message>
        <source>代领人必须填写姓名。</source>
        <translation>Each proxy needs a name.</translation>
    </message>
    <message>
        <source>代领人{name}的电话号码无效。</source>
        <translation>Proxy {name} has an invalid phone number.</translation>
    </message>
    <message>
        <source>住户 {code}：{problems}</source>
        <translation>Household {code}: {problems}</translation>
    </message>
    <message>
        <source>住户 {code} 已经存在。</source>
        <translation>Household {code} already exists.</translation>
    </message>
    <message>
        <source>没有找到住户 {code}。</source>
        <translation>Household {code} not found.</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>代领人</source>
        <translation>Proxies</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>全部标记</source>
        <translation>All flags</translation>
    </message>
    <message>
        <source>超过 {n} 户</source>
        <translation>Households: more than {n}</translation>
    </message>
    <message>
        <source>共 {n} 户</source>
        <translation>Households: {n}</translation>
    </message>
    <message>
        <source>{building}栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>已保存住户 {code}。</source>
        <translation>Saved household {code}.</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>查找：房号 3-2-501、32501 或 501，姓名，电话或尾号四位</source>
        <translation>Find: room 3-2-501, 32501 or 501, name, phone or its last 4 digits</translation>
    </message>
    <message>
        <source>查找住户</source>
        <translation>Find household</translation>
    </message>
    <message>
        <source>按楼栋筛选</source>
        <translation>Filter by building</translation>
    </message>
    <message>
        <source>按标记筛选</source>
        <translation>Filter by flag</translation>
    </message>
    <message>
        <source>住户列表</source>
        <translation>Household list</translation>
    </message>
    <message>
        <source>共 0 户</source>
        <translation>0 households</translation>
    </message>
    <message>
        <source>新增住户</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>地址（楼栋单元房号合在一起）</source>
        <translation>Address (building, unit and room together)</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>head</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>members</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>备注（识别独居、卧床等标记）</source>
        <translation>Notes (flags like living alone, bedridden are recognised)</translation>
    </message>
    <message>
        <source>代领人</source>
        <translation>proxies</translation>
    </message>
    <message>
        <source>代领人电话</source>
        <translation>Proxy phone</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>未知的字段“{field}”：可用的字段有 {fields}，或 ignore（不导入）。</source>
        <translation>Unknown field &quot;{field}&quot;: the fields are {fields}, or ignore (don&apos;t import).</translation>
    </message>
    <message>
        <source>没有找到房号列（或地址列）：请指定哪一列是楼栋、房号，例如 --map 楼号=building --map 室=room。</source>
        <translation>No room (or address) column found: say which columns are building and room, e.g. --map 楼号=building --map 室=room.</translation>
    </message>
    <message>
        <source>名册中有 {n} 行有错误，没有导入任何住户：请改正后重新导入，或选择跳过有错误的行。</source>
        <translation>Rows of the roster with errors: {n}, so no household was imported: fix them and import again, or choose to skip rows with errors.</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一户（{code}），这一行没有导入。</source>
        <translation>Same household as row {row} ({code}); this row was not imported.</translation>
    </message>
    <message>
        <source>{name} 的表头下面没有住户数据。</source>
        <translation>{name} has no household rows below the header.</translation>
    </message>
    <message>
        <source>户主换了，这一行没有填电话：原户主的电话 {phone} 不再保留。</source>
        <translation>The head of household changed and this row gives no phone: the previous head&apos;s phone {phone} is not kept.</translation>
    </message>
    <message>
        <source>没有填人数，按 1 人导入。</source>
        <translation>No member count; imported as 1.</translation>
    </message>
    <message>
        <source>电话 {phone} 与第 {row} 行（{code}）相同。</source>
        <translation>Phone {phone} is the same as in row {row} ({code}).</translation>
    </message>
    <message>
        <source>电话 {phone} 已登记在住户 {code}。</source>
        <translation>Phone {phone} is already registered for household {code}.</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>flags</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>{field} {old} → {new}</source>
        <translation>{field} {old} → {new}</translation>
    </message>
    <message>
        <source>{code}：{changes}</source>
        <translation>{code}: {changes}</translation>
    </message>
    <message>
        <source>没有填楼栋。</source>
        <translation>Building is empty.</translation>
    </message>
    <message>
        <source>无法识别楼栋“{value}”。</source>
        <translation>Building &quot;{value}&quot; not recognised.</translation>
    </message>
    <message>
        <source>无法识别单元“{value}”。</source>
        <translation>Unit &quot;{value}&quot; not recognised.</translation>
    </message>
    <message>
        <source>没有填房号。</source>
        <translation>Room is empty.</translation>
    </message>
    <message>
        <source>无法识别房号“{value}”。</source>
        <translation>Room &quot;{value}&quot; not recognised.</translation>
    </message>
    <message>
        <source>无法识别地址“{value}”：应写明楼栋、单元和房号，如“3栋2单元501”。</source>
        <translation>Address &quot;{value}&quot; not recognised: it needs building, unit and room, e.g. &quot;3栋2单元501&quot;.</translation>
    </message>
    <message>
        <source>没有填楼栋和房号。</source>
        <translation>Building and room are empty.</translation>
    </message>
    <message>
        <source>电话一栏有 {n} 个号码，只导入了第一个（{phone}）。</source>
        <translation>The phone cell holds several numbers ({n}); only the first ({phone}) was imported.</translation>
    </message>
    <message>
        <source>电话“{value}”是 {n} 位数字，手机号应为 11 位：请核对。</source>
        <translation>Phone &quot;{value}&quot; has {n} digits; a mobile number has 11: please check it.</translation>
    </message>
    <message>
        <source>电话“{value}”不是有效的手机或座机号码。</source>
        <translation>Phone &quot;{value}&quot; is not a valid mobile or landline number.</translation>
    </message>
    <message>
        <source>代领人“{value}”没有姓名。</source>
        <translation>Proxy &quot;{value}&quot; has no name.</translation>
    </message>
    <message>
        <source>代领人“{value}”的电话无效。</source>
        <translation>Proxy &quot;{value}&quot; has an invalid phone number.</translation>
    </message>
    <message>
        <source>代领人电话“{value}”无效。</source>
        <translation>Proxy phone &quot;{value}&quot; is invalid.</translation>
    </message>
    <message>
        <source>有代领人电话“{value}”，但没有代领人姓名。</source>
        <translation>Proxy phone &quot;{value}&quot; given, but no proxy name.</translation>
    </message>
    <message>
        <source>户主姓名</source>
        <translation>The head of household&apos;s name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>人数“{value}”不是正整数。</source>
        <translation>Members &quot;{value}&quot; is not a whole number above 0.</translation>
    </message>
    <message>
        <source>人数 {value} 不合理（一户最多 {max} 人）。</source>
        <translation>{value} members is not plausible (at most {max} in one household).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择住户名册</source>
        <translation>Choose the household roster</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>工作表“{sheet}”：表头在第 {header} 行，下面有 {n} 行。</source>
        <translation>Sheet &quot;{sheet}&quot;: header in row {header}; rows below it: {n}.</translation>
    </message>
    <message>
        <source>表头在第 {header} 行，下面有 {n} 行。</source>
        <translation>Header in row {header}; rows below it: {n}.</translation>
    </message>
    <message>
        <source>请指定哪一列是房号（或完整地址）：没有它就不知道每一户住在哪里。</source>
        <translation>Say which column is the room (or full address): without it, we don&apos;t know where each household lives.</translation>
    </message>
    <message>
        <source>将导入：{used}。</source>
        <translation>Will import: {used}.</translation>
    </message>
    <message>
        <source>不导入的列：{unused}。</source>
        <translation> Not imported: {unused}.</translation>
    </message>
    <message>
        <source>正在检查 {n} 行……</source>
        <translation>Checking the rows ({n})…</translation>
    </message>
    <message>
        <source>{label}：&lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>{label}: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>新增住户</source>
        <translation>New households</translation>
    </message>
    <message>
        <source>更新住户</source>
        <translation>Updated households</translation>
    </message>
    <message>
        <source>没有变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>有错误的行</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>有 {n} 行有错误，现在不能导入：改正名册后重新选择文件，或勾选“跳过有错误的行”。</source>
        <translation>Rows with errors: {n}, so nothing can be imported yet: fix the roster and choose the file again, or tick &quot;Skip rows with errors&quot;.</translation>
    </message>
    <message>
        <source>没有需要导入的变化：名册里的住户都已登记，内容也一样。</source>
        <translation>Nothing to import: every household in the roster is already registered with the same details.</translation>
    </message>
    <message>
        <source>将跳过 {n} 行有错误的行，导入其余的行。点击“导入”开始。</source>
        <translation>Rows with errors to skip: {n}; the rest are imported. Click &quot;Import&quot; to start.</translation>
    </message>
    <message>
        <source>点击“导入”开始。</source>
        <translation>Click &quot;Import&quot; to start.</translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>正在导入：{done} / {total} 户……</source>
        <translation>Importing: {done} / {total} households…</translation>
    </message>
    <message>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>新增 {new} 户，更新 {updated} 户，{same} 户没有变化，跳过 {skipped} 行。</source>
        <translation>Households new: {new}, updated: {updated}, unchanged: {same}; rows skipped: {skipped}.</translation>
    </message>
    <message>
        <source>没有导入任何住户。</source>
        <translation>No household was imported.</translation>
    </message>
    <message>
        <source>导入住户名册</source>
        <translation>Import household roster</translation>
    </message>
    <message>
        <source>第 1 步：选择名册文件</source>
        <translation>Step 1: Choose the roster file</translation>
    </message>
    <message>
        <source>选择社区的住户花名册：Excel（.xlsx）或 CSV（UTF-8 或 GBK 编码）。表头上方有标题行也可以。</source>
        <translation>Choose the community&apos;s household roster: Excel (.xlsx) or CSV (UTF-8 or GBK). Title rows above the header are fine.</translation>
    </message>
    <message>
        <source>名册文件</source>
        <translation>Roster file</translation>
    </message>
    <message>
        <source>点击右边的“选择文件…”，或把文件路径粘贴到这里</source>
        <translation>Click &quot;Choose file…&quot; on the right, or paste the file path here</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>第 2 步：核对每一列</source>
        <translation>Step 2: Check each column</translation>
    </message>
    <message>
        <source>程序按表头猜出了每一列是什么。不对的，在第一行的下拉框里改；用不上的列选“不导入”。</source>
        <translation>Each column was guessed from its header. Fix wrong guesses in the drop-down in the first row; set unneeded columns to &quot;Don&apos;t import&quot;.</translation>
    </message>
    <message>
        <source>名册预览</source>
        <translation>Roster preview</translation>
    </message>
    <message>
        <source>第 3 步：检查结果</source>
        <translation>Step 3: Check the result</translation>
    </message>
    <message>
        <source>导入前请看一下有问题的行。行号就是表格软件里显示的行号。</source>
        <translation>Look at the problem rows before importing. Row numbers are as your spreadsheet shows them.</translation>
    </message>
    <message>
        <source>新增住户数</source>
        <translation>New households</translation>
    </message>
    <message>
        <source>更新住户数</source>
        <translation>Updated households</translation>
    </message>
    <message>
        <source>未变住户数</source>
        <translation>Unchanged households</translation>
    </message>
    <message>
        <source>错误行数</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>警告条数</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>错误和警告</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>跳过有错误的行（只导入没有错误的行）</source>
        <translation>Skip rows with errors (import only rows without errors)</translation>
    </message>
    <message>
        <source>第 4 步：导入</source>
        <translation>Step 4: Import</translation>
    </message>
    <message>
        <source>导入一次完成：要么全部写入，要么什么都不写。</source>
        <translation>The import is all or nothing: either everything is written, or nothing is.</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>文件里有一条记录缺少必要的内容。</source>
        <translation>A record in the file is missing required fields.</translation>
    </message>
    <message>
        <source>记录 {id} 的格式不对。</source>
        <translation>Record {id} is not in the right format.</translation>
    </message>
    <message>
        <source>记录 {id}（站点 {site} 第 {seq} 条）的内容不是有效的记录。</source>
        <translation>Record {id} (site {site}, number {seq}) does not hold a valid record.</translation>
    </message>
    <message>
        <source>文件里记录 {id} 出现了两次，内容却不同。</source>
        <translation>Record {id} appears twice in the file with different contents.</translation>
    </message>
    <message>
        <source>记录 {id}（站点 {site} 第 {seq} 条）与本机已有的同一条记录内容不同。</source>
        <translation>Record {id} (site {site}, number {seq}) differs from the copy of the same record on this computer.</translation>
    </message>
    <message>
        <source>文件里有本站点（{site}）第 {seq} 条记录，本机却没有：这份文件不是本站点写的。</source>
        <translation>The file holds record {seq} of this site ({site}), which this computer does not have: the file was not written by this site.</translation>
    </message>
    <message>
        <source>站点 {site} 的第 {seq} 条记录有两条不同的。</source>
        <translation>There are two different records numbered {seq} for site {site}.</translation>
    </message>
    <message>
        <source>站点 {site} 的第 {seq} 条记录与本机已有的不是同一条。</source>
        <translation>Record {seq} of site {site} is not the one this computer already has.</translation>
    </message>
    <message>
        <source>站点 {site} 的第 {seq} 条记录与它前面的记录接不上（被改动过）。</source>
        <translation>Record {seq} of site {site} does not follow on from the record before it (it was changed).</translation>
    </message>
    <message>
        <source>站点 {site} 的第 {seq} 条记录与本机已有的下一条接不上。</source>
        <translation>Record {seq} of site {site} does not connect to the next record this computer already has.</translation>
    </message>
    <message>
        <source>文件里有一条个人信息缺少必要的内容。</source>
        <translation>An entry of personal data in the file is missing required fields.</translation>
    </message>
    <message>
        <source>记录 {id} 的个人信息与记录不符。</source>
        <translation>The personal data of record {id} does not match the record.</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>数据库 {path} 已经在另一个窗口中打开了（{host} 上的进程 {pid}）。请切换到那个窗口；同一个数据库只能在一个窗口中打开。</source>
        <translation>The database {path} is already open in another window (process {pid} on {host}). Switch to that window; a database can be open in one window only.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>请不要再在这台电脑上发放，先从备份恢复数据库，并告诉协调中心。</source>
        <translation> Stop handing out on this computer, restore the database from a backup first, and tell the coordination centre.</translation>
    </message>
    <message>
        <source>数据库文件已损坏，无法读完（{error}）。</source>
        <translation>The database file is damaged and cannot be read to the end ({error}).</translation>
    </message>
    <message>
        <source>数据库里少了“{table}”表：文件已损坏。</source>
        <translation>The table “{table}” is missing from the database: the file is damaged.</translation>
    </message>
    <message>
        <source>{site}的第 {seq} 条记录不见了：记录被删过。</source>
        <translation>Record {seq} of {site} is missing: records were deleted.</translation>
    </message>
    <message>
        <source>{site}的记录没有到应有的最后一条（第 {n} 条）为止：记录被删过。</source>
        <translation>The records of {site} do not end at the last one they should (number {n}): records were deleted.</translation>
    </message>
    <message>
        <source>{site}的第 {seq} 条记录（{kind}）被改动过。</source>
        <translation>Record {seq} of {site} ({kind}) was changed.</translation>
    </message>
    <message>
        <source>{site}的第 {seq} 条记录的内容已损坏（不是有效的记录内容）。</source>
        <translation>The contents of record {seq} of {site} are damaged (not a valid record).</translation>
    </message>
    <message>
        <source>{site}的第 {seq} 条记录的种类“{kind}”本程序不认识（可能由更新版本的程序写入）。</source>
        <translation>Record {seq} of {site} is of a kind this program does not know, “{kind}” (perhaps written by a newer version).</translation>
    </message>
    <message>
        <source>记录 {id} 的个人信息（姓名、电话等）与记录不符：被改动过。</source>
        <translation>The personal data (names, phones ...) of record {id} does not match the record: it was changed.</translation>
    </message>
    <message>
        <source>数据库里少了“{table}”表：请运行 rebuild 从记录重建。</source>
        <translation>The table “{table}” is missing from the database: run rebuild to recreate it from the records.</translation>
    </message>
    <message>
        <source>“{table}”表与记录不一致（有人绕过程序改了数据）：请运行 rebuild 从记录重建。</source>
        <translation>The table “{table}” does not match the records (data was changed outside the program): run rebuild to recreate it from the records.</translation>
    </message>
    <message>
        <source>{site}的第 {seq} 条记录（{kind}）无法应用（{error}）。</source>
        <translation>Record {seq} of {site} ({kind}) cannot be applied ({error}).</translation>
    </message>
    <message>
        <source>从记录重建当前状态时出错。</source>
        <translation>Recreating the current state from the records failed.</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>标签版式“{layout}”无效：只能是 a4-3x8 或 roll-50x30。</source>
        <translation>Invalid label layout &quot;{layout}&quot;: use a4-3x8 or roll-50x30.</translation>
    </message>
    <message>
        <source>{amount}元 {status}</source>
        <translation>¥{amount} {status}</translation>
    </message>
    <message>
        <source>户主 {name}</source>
        <translation>Head: {name}</translation>
    </message>
    <message>
        <source>（无地址）</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>收件人 {name}（未匹配住户）</source>
        <translation>To: {name} (no household match)</translation>
    </message>
    <message>
        <source>包裹标签</source>
        <translation>Parcel labels</translation>
    </message>
    <message>
        <source>批次“{round}”还没有包裹，没有标签可打印。</source>
        <translation>Round &quot;{round}&quot; has no parcels yet, so there are no labels to print.</translation>
    </message>
    <message>
        <source>{round} 包裹标签</source>
        <translation>{round} parcel labels</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>批次：{round}</source>
        <translation>Round: {round}</translation>
    </message>
    <message>
        <source>这个批次还没有包裹，没有标签可打印。</source>
        <translation>This round has no parcels yet, so there are no labels to print.</translation>
    </message>
    <message>
        <source>共 {pages} 页分拣牌，{n} 件包裹。</source>
        <translation>Sorting signs: {pages} p.; parcels: {n}.</translation>
    </message>
    <message>
        <source>共 {n} 张标签（卷纸 {n} 张）。</source>
        <translation>Labels: {n} (roll: {n}).</translation>
    </message>
    <message>
        <source>共 {n} 张标签，{pages} 页 A4 标签纸。</source>
        <translation>Labels: {n} on A4 sheets: {pages}.</translation>
    </message>
    <message>
        <source>{round} 楼栋分拣牌</source>
        <translation>{round} building signs</translation>
    </message>
    <message>
        <source>{round} 包裹标签</source>
        <translation>{round} parcel labels</translation>
    </message>
    <message>
        <source>正在生成，请稍候……</source>
        <translation>Generating, please wait…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已保存 {n} 页楼栋分拣牌到 {path}</source>
        <translation>Saved the building signs ({n} p.) to {path}</translation>
    </message>
    <message>
        <source>已保存 {n} 张标签到 {path}</source>
        <translation>Saved the labels ({n}) to {path}</translation>
    </message>
    <message>
        <source>打印标签</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <source>打印什么</source>
        <translation>What to print</translation>
    </message>
    <message>
        <source>A4 不干胶标签纸（每页 3×8 张，每张 70×37 毫米）</source>
        <translation>A4 sticker sheets (3×8 per page, 70×37 mm each)</translation>
    </message>
    <message>
        <source>标签打印机卷纸（50×30 毫米，每张一页）</source>
        <translation>Label printer roll (50×30 mm, one label per page)</translation>
    </message>
    <message>
        <source>楼栋分拣牌（每栋楼一页 A4，贴在存放区）</source>
        <translation>Building sorting signs (one A4 page per building, for the storage area)</translation>
    </message>
    <message>
        <source>预览并打印</source>
        <translation>Preview and print</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>现金</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>转账</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>核销（不再收取）</source>
        <translation>written off</translation>
    </message>
    <message>
        <source>结算方式“{method}”无效：应为 cash、qr、transfer 或 waived。</source>
        <translation>The method &quot;{method}&quot; is not valid: cash, qr, transfer or waived.</translation>
    </message>
    <message>
        <source>请写明是谁来结算的（姓名）。</source>
        <translation>Write who settled (a name).</translation>
    </message>
    <message>
        <source>{household} 在“{round}”没有未结算的代付款。</source>
        <translation>{household} owes nothing for &quot;{round}&quot;.</translation>
    </message>
    <message>
        <source>结算金额应在 0.01 到 {max} 元之间。</source>
        <translation>The amount must be between 0.01 and {max} yuan.</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>代付（元）</source>
        <translation>Paid on behalf</translation>
    </message>
    <message>
        <source>已结算（元）</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>未结算（元）</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>结算记录</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <source>代付 {owed} 元，已结算 {settled} 元，未结算 {outstanding} 元（{n} 户次）</source>
        <translation>{owed} yuan paid on behalf, {settled} settled, {outstanding} outstanding ({n} lines)</translation>
    </message>
    <message>
        <source>请先在表中选中要结算的一行。</source>
        <translation>First select the line to settle.</translation>
    </message>
    <message>
        <source>金额“{amount}”无效，请写成 39.90 这样的数。</source>
        <translation>The amount &quot;{amount}&quot; is not valid: write a number like 39.90.</translation>
    </message>
    <message>
        <source>已登记：{household} 结算 {amount} 元。</source>
        <translation>Recorded: {household} settled {amount} yuan.</translation>
    </message>
    <message>
        <source>正在生成台账……</source>
        <translation>Making the ledger…</translation>
    </message>
    <message>
        <source>已发送到打印机。</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>另存代付台账</source>
        <translation>Save the ledger</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>代付台账</source>
        <translation>Paid-on-behalf ledger</translation>
    </message>
    <message>
        <source>代付明细</source>
        <translation>Ledger lines</translation>
    </message>
    <message>
        <source>登记结算（选中上表一行）</source>
        <translation>Record a settlement (select a line above)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>结算人</source>
        <translation>Settled by</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>不填则结清</source>
        <translation>empty: all</translation>
    </message>
    <message>
        <source>登记结算</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF / Excel…</source>
        <translation>Save as PDF / Excel…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LedgerDoc</name>
    <message>
        <source>住户</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>代付（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>已结算（元）</source>
        <translation>Settled (yuan)</translation>
    </message>
    <message>
        <source>未结算（元）</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <source>结算记录</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>{building}合计</source>
        <translation>{building} in all</translation>
    </message>
    <message>
        <source>总计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>代付台账</source>
        <translation>Paid-on-behalf ledger</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>打印人</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>代付合计</source>
        <translation>Paid on behalf</translation>
    </message>
    <message>
        <source>未结算</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>代付台账 · {point}</source>
        <translation>Paid-on-behalf ledger · {point}</translation>
    </message>
    <message>
        <source>没有代付记录。</source>
        <translation>Nothing was paid on behalf.</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>（没有批次）</source>
        <translation>(no round)</translation>
    </message>
    <message>
        <source>{building}栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>未匹配住户</source>
        <translation>No household</translation>
    </message>
    <message>
        <source>{unit}单元</source>
        <translation>Unit {unit}</translation>
    </message>
    <message>
        <source>（不分单元）</source>
        <translation>(no units)</translation>
    </message>
    <message>
        <source>{item} ×{n}</source>
        <translation>{item} ×{n}</translation>
    </message>
    <message>
        <source>{item}（{round}）</source>
        <translation>{item} ({round})</translation>
    </message>
    <message>
        <source>无法保存为“{path}”：文件名应以 {suffixes} 结尾。</source>
        <translation>Cannot save as &quot;{path}&quot;: the file name must end in {suffixes}.</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>名单预览</source>
        <translation>List preview</translation>
    </message>
    <message>
        <source>未领取名单（各接驳点）</source>
        <translation>Uncollected list (all points)</translation>
    </message>
    <message>
        <source>各接驳点已到货、还没人领的包裹：每个接驳点一段，按楼栋、单元和房号排列，有各点合计和总计。</source>
        <translation>Parcels at the points that nobody has collected yet: a part per point, by building, unit and room, with each point&apos;s totals and the overall total.</translation>
    </message>
    <message>
        <source>到货通知、错峰时间表和送货上门由各接驳点自己安排。</source>
        <translation>Notices, the pickup timetable and door deliveries are arranged by each point.</translation>
    </message>
    <message>
        <source>{name}（{date}）</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <source>正在生成名单……</source>
        <translation>Making the list…</translation>
    </message>
    <message>
        <source>所选批次已到货的包裹都已领取，名单是空的。</source>
        <translation>Every parcel that arrived for these rounds has been collected: the list is empty.</translation>
    </message>
    <message>
        <source>共 {households} 户、{parcels} 件未领取，{pages} 页 A4。</source>
        <translation>{households} households, {parcels} parcels uncollected; {pages} A4 pages.</translation>
    </message>
    <message>
        <source>{n} 个接驳点，各点分开列出并合计。</source>
        <translation>{n} point(s), each listed apart with its totals.</translation>
    </message>
    <message>
        <source>{point}：{households} 户、{parcels} 件</source>
        <translation>{point}: {households} households, {parcels} parcels</translation>
    </message>
    <message>
        <source>正在生成其余各页，可以先看第一页。</source>
        <translation>Making the other pages; the first one is shown.</translation>
    </message>
    <message>
        <source>打印未领取名单</source>
        <translation>Print the uncollected list</translation>
    </message>
    <message>
        <source>名单生成好后马上打印……</source>
        <translation>The list prints as soon as it is made…</translation>
    </message>
    <message>
        <source>已发送到打印机：未领取名单 {pages} 页。</source>
        <translation>Sent to the printer: the uncollected list, {pages} pages.</translation>
    </message>
    <message>
        <source>未领取名单_{rounds}</source>
        <translation>uncollected_{rounds}</translation>
    </message>
    <message>
        <source>另存未领取名单</source>
        <translation>Save the uncollected list</translation>
    </message>
    <message>
        <source>未领取名单已保存到 {path}</source>
        <translation>The uncollected list is saved to {path}</translation>
    </message>
    <message>
        <source>名单</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>未领取名单</source>
        <translation>Uncollected list</translation>
    </message>
    <message>
        <source>已到货、还没人领的包裹，按楼栋、单元和房号排列，供网格员上门通知。</source>
        <translation>Parcels at the point that nobody has collected, by building, unit and room, for grid workers to knock on doors.</translation>
    </message>
    <message>
        <source>另存为 PDF / Excel / CSV…</source>
        <translation>Save as PDF / Excel / CSV…</translation>
    </message>
    <message>
        <source>批次（不勾选则列出所有批次）</source>
        <translation>Rounds (none ticked: every round)</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>接驳点（不勾选则列出全部接驳点，各点分开列出并合计）</source>
        <translation>Points (none ticked: every point, each listed apart with its totals)</translation>
    </message>
    <message>
        <source>接驳点</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>独居老人、卧床等有标记的住户排在前面</source>
        <translation>Flagged households first</translation>
    </message>
    <message>
        <source>电话写完整号码（默认隐去中间四位）</source>
        <translation>Full phone numbers</translation>
    </message>
    <message>
        <source>名单概况</source>
        <translation>List summary</translation>
    </message>
    <message>
        <source>到货通知与错峰时间表…</source>
        <translation>Notice and pickup timetable…</translation>
    </message>
    <message>
        <source>送货上门…</source>
        <translation>Door delivery…</translation>
    </message>
    <message>
        <source>代付台账…</source>
        <translation>Paid-on-behalf ledger…</translation>
    </message>
    <message>
        <source>今日日报…</source>
        <translation>The day&apos;s report…</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>待领取</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>找到 {n} 户</source>
        <translation>Households found: {n}</translation>
    </message>
    <message>
        <source>没有找到：换成房号、电话或姓名再试。</source>
        <translation>Nothing found: try a room, phone or name.</translation>
    </message>
    <message>
        <source>无标签查找</source>
        <translation>Find without label</translation>
    </message>
    <message>
        <source>输入房号（3-2-501、32501 或 501）、电话或后四位、姓名；↑↓ 选择，回车确定</source>
        <translation>Room (3-2-501, 32501 or 501), phone, last 4 digits or name; ↑↓ select, Enter confirm</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>查找结果</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>社区接驳点 — {name}（{id}）</source>
        <translation>Pickup point — {name} ({id})</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>还没有设置操作人，谁都可以做所有操作：请在“操作人 → 添加操作人”设置第一位社区工作者。</source>
        <translation>No operators yet, so anyone may do anything: set the first community worker under Operators → Add an operator.</translation>
    </message>
    <message>
        <source>{page}（Alt+{n}）</source>
        <translation>{page} (Alt+{n})</translation>
    </message>
    <message>
        <source>打开数据库前扫到的条码没有处理，请在发放页重新扫码：{codes}</source>
        <translation>Codes scanned before the database opened were not handled; scan them again on Hand out: {codes}</translation>
    </message>
    <message>
        <source>接驳点：{name}（{id}）</source>
        <translation>Point: {name} ({id})</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>操作人：{who}</source>
        <translation>Operator: {who}</translation>
    </message>
    <message>
        <source>正在保存刚才的操作，保存完就关闭……</source>
        <translation>Saving the last actions; the window closes when they are saved…</translation>
    </message>
    <message>
        <source>刚才的操作还在写入数据库，写完就关闭窗口，请稍候。</source>
        <translation>The last actions are still being written to the database; the window closes once they are written. Please wait.</translation>
    </message>
    <message>
        <source>正在保存</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>社区接驳点</source>
        <translation>Pickup point</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>操作人(&amp;O)</source>
        <translation>&amp;Operators</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>导入住户名册(&amp;H)…</source>
        <translation>Import &amp;household roster…</translation>
    </message>
    <message>
        <source>从社区的 Excel 或 CSV 名册导入住户</source>
        <translation>Import households from the community&apos;s Excel or CSV roster</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>导入订单表(&amp;O)…</source>
        <translation>Import &amp;order list…</translation>
    </message>
    <message>
        <source>把供应商的订单表导入批次页选中的批次</source>
        <translation>Import the supplier&apos;s order list into the round selected on Rounds</translation>
    </message>
    <message>
        <source>打印标签(&amp;P)…</source>
        <translation>&amp;Print labels…</translation>
    </message>
    <message>
        <source>为批次页选中的批次打印包裹标签和楼栋牌</source>
        <translation>Print parcel labels and building signs for the round selected on Rounds</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>打印到货签收单(&amp;G)…</source>
        <translation>Print the &amp;goods-received sheet…</translation>
    </message>
    <message>
        <source>到货验收页选中批次的签收单，给司机签字</source>
        <translation>The goods-received sheet of the round selected on Receiving, for the driver to sign</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>大字模式(&amp;T)</source>
        <translation>Large &amp;text</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>高对比度(&amp;C)</source>
        <translation>High &amp;contrast</translation>
    </message>
    <message>
        <source>快捷键一览(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>打印发放台速查卡(&amp;Q)…</source>
        <translation>Print the counter &amp;quick card…</translation>
    </message>
    <message>
        <source>一页纸：扫码、回车和功能键，贴在发放台上</source>
        <translation>One page to pin up at the counter: scan, Enter and the function keys</translation>
    </message>
    <message>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>同时备份到另一个文件夹（如 U 盘）…</source>
        <translation>Also back up to another folder (e.g. a USB stick)…</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>换班(&amp;S)…</source>
        <translation>&amp;Switch shift…</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>添加操作人(&amp;A)…</source>
        <translation>&amp;Add an operator…</translation>
    </message>
    <message>
        <source>无人操作时自动锁定…</source>
        <translation>Lock when nobody is at the keyboard…</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>现在还不能“{what}”：请先在这一页选好对象。</source>
        <translation>“{what}” cannot be used yet: choose what it applies to on this page first.</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Hand out</translation>
    </message>
    <message>
        <source>到货验收</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>任何页面</source>
        <translation>Any page</translation>
    </message>
    <message>
        <source>扫码枪 / 输入条码后回车</source>
        <translation>Scanner / type a code and Enter</translation>
    </message>
    <message>
        <source>查找包裹，显示住户卡片</source>
        <translation>Find the parcel, show the household&apos;s card</translation>
    </message>
    <message>
        <source>回车（输入框为空时）</source>
        <translation>Enter (with the scan field empty)</translation>
    </message>
    <message>
        <source>确认发放卡片上的包裹</source>
        <translation>Hand over the parcels on the card</translation>
    </message>
    <message>
        <source>代领（登记代领人）</source>
        <translation>Proxy (record who collects)</translation>
    </message>
    <message>
        <source>送货上门</source>
        <translation>Door delivery</translation>
    </message>
    <message>
        <source>没有标签时按住户查找</source>
        <translation>Look up a household when there is no label</translation>
    </message>
    <message>
        <source>撤销最近一次发放（要写原因）</source>
        <translation>Undo the last handover (with a reason)</translation>
    </message>
    <message>
        <source>补打小票</source>
        <translation>Reprint the receipt</translation>
    </message>
    <message>
        <source>放弃当前卡片</source>
        <translation>Dismiss the current card</translation>
    </message>
    <message>
        <source>勾选或取消这户可领的第几件</source>
        <translation>Tick or untick the household&apos;s parcel with that number</translation>
    </message>
    <message>
        <source>在最近发放里选一行（再按 F5 撤销、F6 补打）</source>
        <translation>Choose a line in the recent handovers (then F5 to undo, F6 to reprint)</translation>
    </message>
    <message>
        <source>扫码枪</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>登记到货</source>
        <translation>Record a parcel as received</translation>
    </message>
    <message>
        <source>把刚扫的包裹记为破损</source>
        <translation>Mark the parcel just scanned as damaged</translation>
    </message>
    <message>
        <source>回车（表格里）</source>
        <translation>Enter (in the table)</translation>
    </message>
    <message>
        <source>编辑选中的住户</source>
        <translation>Edit the selected household</translation>
    </message>
    <message>
        <source>↓（搜索框里）</source>
        <translation>↓ (in the search box)</translation>
    </message>
    <message>
        <source>跳到结果表格</source>
        <translation>Move to the results table</translation>
    </message>
    <message>
        <source>切换页面</source>
        <translation>Switch pages</translation>
    </message>
    <message>
        <source>导入住户名册</source>
        <translation>Import household roster</translation>
    </message>
    <message>
        <source>打印标签</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <source>大字模式 开/关</source>
        <translation>Large text on/off</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>发放台速查卡</source>
        <translation>Counter quick card</translation>
    </message>
    <message>
        <source>社区接驳点 {version}
离线可用的社区物资接驳与发放程序。

按 F1 查看快捷键。</source>
        <translation>pickuppoint {version}
Handing community supplies to households, offline.

Press F1 for the keyboard shortcuts.</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>名单</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>订单表中有 {n} 行有错误，没有导入任何包裹：请改正后重新导入，或选择跳过有错误的行。</source>
        <translation>Rows of the order list with errors: {n}, so no parcel was imported: fix them and import again, or choose to skip rows with errors.</translation>
    </message>
    <message>
        <source>商品金额</source>
        <translation>Line amount</translation>
    </message>
    <message>
        <source>{what}“{value}”太大了，请核对。</source>
        <translation>{what} “{value}” is too large; please check it.</translation>
    </message>
    <message>
        <source>{what}“{value}”不是数字。</source>
        <translation>{what} “{value}” is not a number.</translation>
    </message>
    <message>
        <source>{what}不能是负数（{value}）。</source>
        <translation>{what} cannot be negative ({value}).</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>付款状态</source>
        <translation>The payment status</translation>
    </message>
    <message>
        <source>订单号“{value}”被 Excel 写成了科学计数法：请把订单号一列设为文本后重新导出。</source>
        <translation>Excel turned order number &quot;{value}&quot; into scientific notation: set the order number column to text and export again.</translation>
    </message>
    <message>
        <source>电话“{value}”不是有效的手机或座机号码。</source>
        <translation>Phone &quot;{value}&quot; is not a valid mobile or landline number.</translation>
    </message>
    <message>
        <source>付款状态“{value}”无法识别：请写已付、未付、代付或免费。</source>
        <translation>Payment status &quot;{value}&quot; not recognised: write paid, unpaid, on behalf or free (已付, 未付, 代付, 免费).</translation>
    </message>
    <message>
        <source>这一行既没有地址也没有电话，无法分给住户。</source>
        <translation>This row has neither address nor phone, so it cannot be matched to a household.</translation>
    </message>
    <message>
        <source>地址“{address}”对不上住户，按电话匹配到 {code}。</source>
        <translation>Address &quot;{address}&quot; matches no household; matched to {code} by phone.</translation>
    </message>
    <message>
        <source>地址“{address}”对得上几户，按电话确定为 {code}。</source>
        <translation>The address “{address}” fits several households; the phone says {code}.</translation>
    </message>
    <message>
        <source>地址“{address}”是 {by_address}，电话却是 {by_phone} 的：没有自动分配，请核对。</source>
        <translation>The address “{address}” is {by_address} but the phone is {by_phone}’s: not assigned; please check.</translation>
    </message>
    <message>
        <source>与第 {row} 行完全相同，只导入一次。</source>
        <translation>Identical to row {row}; imported once.</translation>
    </message>
    <message>
        <source>订单 {order} 有商品已退款，但包裹 {codes} 已经导入：请在包裹列表里取消。</source>
        <translation>Order {order} has a refunded product, but parcel {codes} was imported already: cancel it in the parcel list.</translation>
    </message>
    <message>
        <source>订单 {order} 已全部退款，但包裹 {codes} 已经导入：请在包裹列表里取消。</source>
        <translation>Order {order} was refunded in full, but parcel {codes} was imported already: cancel it in the parcel list.</translation>
    </message>
    <message>
        <source>每单一件</source>
        <translation>one per order</translation>
    </message>
    <message>
        <source>每行一件</source>
        <translation>one per line</translation>
    </message>
    <message>
        <source>订单 {order} 上次是按“{how}”导入的：请用同样的方式（--per {per}）再导入，免得一单发两份。</source>
        <translation>Order {order} was imported “{how}” last time: import it the same way (--per {per}) so that one order does not become two parcels.</translation>
    </message>
    <message>
        <source>每单一件（order）或每行一件（line），没有“{per}”。</source>
        <translation>One parcel per order (order) or per line (line); there is no “{per}”.</translation>
    </message>
    <message>
        <source>“{item}”已退款，不收费{what}。</source>
        <translation>“{item}” was refunded: not charged{what}.</translation>
    </message>
    <message>
        <source>，也不发包裹</source>
        <translation>, and no parcel</translation>
    </message>
    <message>
        <source>（已退款）</source>
        <translation> (refunded)</translation>
    </message>
    <message>
        <source>订单号 {order} 与第 {row} 行重复，但内容不同。</source>
        <translation>Order number {order} repeats row {row}, but with different details.</translation>
    </message>
    <message>
        <source>订单号 {order} 与第 {row} 行相同，但收货人或地址不同：同一订单只能送到一户。</source>
        <translation>Order {order} is the same as in row {row} but the recipient or address differs: one order goes to one household.</translation>
    </message>
    <message>
        <source>{name} 的表头下面没有订单数据。</source>
        <translation>{name} has no order rows below the header.</translation>
    </message>
    <message>
        <source>订单号 {order} 已经是批次“{round}”的包裹。</source>
        <translation>Order number {order} is already a parcel of round &quot;{round}&quot;.</translation>
    </message>
    <message>
        <source>包裹 {code} 已领取，订单内容的变化没有更新。</source>
        <translation>Parcel {code} was already collected; the order&apos;s changes were not applied.</translation>
    </message>
    <message>
        <source>没有住户“{household}”：请写成 楼栋-单元-房号，例如 3-2-501。</source>
        <translation>No household &quot;{household}&quot;: write building-unit-room, e.g. 3-2-501.</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>地址（楼栋单元房号合在一起）</source>
        <translation>Address (building, unit and room together)</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>收货人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>商品金额（每行商品的）</source>
        <translation>Line amount (of each product line)</translation>
    </message>
    <message>
        <source>订单金额（整单的，或只有一列金额）</source>
        <translation>Order amount (of the whole order, or the only amount column)</translation>
    </message>
    <message>
        <source>退款金额</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>运费</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>优惠</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>退款状态（已退款、已取消）</source>
        <translation>Refund status (refunded, cancelled)</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>付款状态（已付、未付、代付、免费）</source>
        <translation>Payment status (paid, unpaid, on behalf, free)</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Don&apos;t import</translation>
    </message>
    <message>
        <source>未知的字段“{field}”：可用的字段有 {fields}，或 ignore（不导入）。</source>
        <translation>Unknown field &quot;{field}&quot;: the fields are {fields}, or ignore (don&apos;t import).</translation>
    </message>
    <message>
        <source>没有找到地址列（或房号、电话列）：请指定哪一列是收货地址，例如 --map 配送信息=address。</source>
        <translation>No address (or room, phone) column found: say which column is the delivery address, e.g. --map 配送信息=address.</translation>
    </message>
</context>
<context>
    <name>ManifestDialog</name>
    <message>
        <source>导入订单表</source>
        <translation>Import order list</translation>
    </message>
    <message>
        <source>订单表文件</source>
        <translation>Order list file</translation>
    </message>
    <message>
        <source>供应商导出的 CSV 或 Excel（.xlsx）文件</source>
        <translation>CSV or Excel (.xlsx) file exported by the supplier</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>包裹</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>一个订单有几行商品时：装一袋（商品列在标签上），还是每行商品一件</source>
        <translation>When an order has several product lines: one bag (products listed on the label), or one parcel per line</translation>
    </message>
    <message>
        <source>预览：在每一列上方选择它导入为哪一项</source>
        <translation>Preview: above each column, choose what it is imported as</translation>
    </message>
    <message>
        <source>选择文件后，先检查订单表；没有问题再导入。</source>
        <translation>After choosing the file, check the order list first; import when there are no problems.</translation>
    </message>
    <message>
        <source>错误和警告</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <source>未匹配到住户</source>
        <translation>Not matched to a household</translation>
    </message>
    <message>
        <source>导入后：↑↓ 选一行，Enter 分给第一个建议的住户，数字键 1–5 分给第几个建议；也可以在最后一列输入房号。</source>
        <translation>After importing: ↑↓ to choose a line, Enter gives it the first suggested household, keys 1–5 that suggestion; or type a room code in the last column.</translation>
    </message>
    <message>
        <source>跳过有错误的行，导入其余的行</source>
        <translation>Skip rows with errors and import the rest</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>保存所选住户</source>
        <translation>Save chosen households</translation>
    </message>
    <message>
        <source>把未匹配的包裹分给每行选定的住户</source>
        <translation>Assign each unmatched parcel to the household chosen in its row</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>批次：{name}（{supplier}）</source>
        <translation>Round: {name} ({supplier})</translation>
    </message>
    <message>
        <source>供应商未填</source>
        <translation>no supplier given</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>收货人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>选择订单表</source>
        <translation>Choose the order list</translation>
    </message>
    <message>
        <source>表格文件 (*.csv *.xlsx *.xlsm *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>正在检查……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>有错误时不会导入任何包裹，除非选择跳过有错误的行。</source>
        <translation>With errors, no parcel is imported unless you choose to skip rows with errors.</translation>
    </message>
    <message>
        <source>导入后在这里选择住户</source>
        <translation>Choose households here after importing</translation>
    </message>
    <message>
        <source>建议（Enter 取 ①，数字键取其他）</source>
        <translation>Suggestions (Enter takes ①, a digit another)</translation>
    </message>
    <message>
        <source>分给住户（或输入房号）</source>
        <translation>Household (or type a room code)</translation>
    </message>
    <message>
        <source>每个订单一件（商品列在标签上）</source>
        <translation>One per order (products on the label)</translation>
    </message>
    <message>
        <source>每行商品一件</source>
        <translation>One per product line</translation>
    </message>
    <message>
        <source>读的是工作表“{sheet}”（其余的不是订单明细）。</source>
        <translation>Read the sheet “{sheet}” (the others are not the order list). </translation>
    </message>
    <message>
        <source>共 {rows} 行、{orders} 个订单：可新增 {new} 件，更新 {updated} 件，未变 {same} 件，金额合计 {amount} 元；错误 {errors} 行，警告 {warnings} 条，未匹配到住户 {unmatched} 件。</source>
        <translation>{rows} rows, {orders} orders: {new} to add, {updated} to update, {same} unchanged, amounts total {amount} yuan; {errors} rows with errors, {warnings} warnings, {unmatched} parcels with no household.</translation>
    </message>
    <message>
        <source>没有相近的住户</source>
        <translation>No household close to it</translation>
    </message>
    <message>
        <source>输入房号，或点开选择</source>
        <translation>Type a room code, or open the list</translation>
    </message>
    <message>
        <source>未匹配到住户（{n}）</source>
        <translation>Not matched to a household ({n})</translation>
    </message>
    <message>
        <source>错误和警告（{n}）</source>
        <translation>Errors and warnings ({n})</translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>已导入：新增 {new} 件，更新 {updated} 件，未变 {same} 件，跳过 {skipped} 行。</source>
        <translation>Imported. Parcels new: {new}, updated: {updated}, unchanged: {same}; rows skipped: {skipped}.</translation>
    </message>
    <message>
        <source>有 {n} 件没有匹配到住户：请在下面为它们选择住户，然后点“保存所选住户”。</source>
        <translation> Parcels not matched to a household: {n}. Choose households for them below, then click &quot;Save chosen households&quot;.</translation>
    </message>
    <message>
        <source>第 {row} 行：{message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>已为 {n} 件包裹选定住户。</source>
        <translation>Households chosen for the parcels ({n}).</translation>
    </message>
    <message>
        <source>第 {row} 行已分给 {code}；还有 {left} 件没有住户。</source>
        <translation>Row {row} given to {code}; {left} parcels still have no household.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>（第 {n} 列）</source>
        <translation>(column {n})</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>第 {n} 列导入为</source>
        <translation>Import column {n} as</translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <source>地址楼栋和房号相符</source>
        <translation>Building and room of the address fit</translation>
    </message>
    <message>
        <source>电话相同</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>同楼同房号，单元不同</source>
        <translation>same building and room, other unit</translation>
    </message>
    <message>
        <source>电话前三位和尾号相同</source>
        <translation>same first 3 and last digits of phone</translation>
    </message>
    <message>
        <source>电话尾号 {last4} 相同</source>
        <translation>same phone ending {last4}</translation>
    </message>
    <message>
        <source>房号只差一个字</source>
        <translation>room differs by one character</translation>
    </message>
    <message>
        <source>房号相近</source>
        <translation>similar room</translation>
    </message>
    <message>
        <source>房号 {room} 相同</source>
        <translation>same room {room}</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>包裹 {code}：{address} {recipient} {phone}</source>
        <translation>Parcel {code}: {address} {recipient} {phone}</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>匹配住户</source>
        <translation>Match household</translation>
    </message>
    <message>
        <source>分给住户（可从建议中选，或输入房号如 3-2-501）：</source>
        <translation>Assign to household (pick a suggestion, or type a room like 3-2-501):</translation>
    </message>
    <message>
        <source>color: #b3261e;</source>
        <translation>color: #b3261e;</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>包裹编号</source>
        <translation>Parcel code</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>未匹配住户</source>
        <translation>No matching household</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>设置第一位协调员</source>
        <translation>Set up the first coordinator</translation>
    </message>
    <message>
        <source>设置第一位协调员后，打开程序时要签到并输入 PIN。以后可以在“操作人”菜单里添加其他人。</source>
        <translation>Once the first coordinator is set up, signing in with a PIN is asked at start. Others can be added later in the Operators menu.</translation>
    </message>
    <message>
        <source>设置第一位社区工作者</source>
        <translation>The first community worker</translation>
    </message>
    <message>
        <source>设置第一位社区工作者后，打开程序时要签到：志愿者写姓名即可，社区工作者要输入 PIN。</source>
        <translation>Once the first community worker is set, everyone signs in when the program opens: volunteers by name, community workers with their PIN.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>两次输入的 PIN 不一样，请重新输入。</source>
        <translation>The two PINs differ: type them again.</translation>
    </message>
    <message>
        <source>添加操作人</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>添加一位操作人。社区工作者和协调员签到时要输入 PIN（4 到 12 位数字），PIN 不会以明文保存。</source>
        <translation>Add an operator. Community workers and coordinators sign in with a PIN (4 to 12 digits); the PIN is never stored as typed.</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>角色：</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>PIN：</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>再输一次：</source>
        <translation>Once more:</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>PIN 应为 4 到 12 位数字。</source>
        <translation>A PIN is 4 to 12 digits.</translation>
    </message>
    <message>
        <source>请写上操作人的姓名。</source>
        <translation>Write the operator&apos;s name.</translation>
    </message>
    <message>
        <source>操作人姓名里有控制字符或看不见的字符，请重新输入。</source>
        <translation>The operator&apos;s name holds control or invisible characters: type it again.</translation>
    </message>
    <message>
        <source>操作人姓名太长（最多 {n} 个字）。</source>
        <translation>The operator&apos;s name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>角色“{role}”无效：应为 volunteer、worker 或 coordinator。</source>
        <translation>Role &quot;{role}&quot; is not valid: use volunteer, worker or coordinator.</translation>
    </message>
    <message>
        <source>{role}需要一个 PIN（4 到 12 位数字）。</source>
        <translation>A {role} needs a PIN (4 to 12 digits).</translation>
    </message>
    <message>
        <source>已经有叫“{name}”的操作人了。</source>
        <translation>There is already an operator called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>没有叫“{name}”的操作人。</source>
        <translation>There is no operator called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>社区工作者</source>
        <translation>community worker</translation>
    </message>
    <message>
        <source>协调员</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>修改住户名单</source>
        <translation>change the households</translation>
    </message>
    <message>
        <source>把住户分配给接驳点</source>
        <translation>assign households to points</translation>
    </message>
    <message>
        <source>建立或修改批次</source>
        <translation>create or change rounds</translation>
    </message>
    <message>
        <source>导入或分配包裹</source>
        <translation>import or allocate parcels</translation>
    </message>
    <message>
        <source>修改包裹</source>
        <translation>change parcels</translation>
    </message>
    <message>
        <source>作废包裹</source>
        <translation>cancel parcels</translation>
    </message>
    <message>
        <source>管理操作人</source>
        <translation>manage operators</translation>
    </message>
    <message>
        <source>撤销别人的发放</source>
        <translation>undo someone else&apos;s handover</translation>
    </message>
    <message>
        <source>撤销发放</source>
        <translation>undo handovers</translation>
    </message>
    <message>
        <source>查看完整电话号码</source>
        <translation>see full phone numbers</translation>
    </message>
    <message>
        <source>导出含个人信息的文件</source>
        <translation>export files with personal data</translation>
    </message>
    <message>
        <source>查看代付台账</source>
        <translation>see the paid-on-behalf ledger</translation>
    </message>
    <message>
        <source>生成报表</source>
        <translation>make reports</translation>
    </message>
    <message>
        <source>复制整个数据库</source>
        <translation>copy the whole database</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <source>设置站点</source>
        <translation>set up the site</translation>
    </message>
    <message>
        <source>同步数据</source>
        <translation>synchronise data</translation>
    </message>
    <message>
        <source>登记接驳点</source>
        <translation>enrol points</translation>
    </message>
    <message>
        <source>清除个人信息</source>
        <translation>purge personal data</translation>
    </message>
    <message>
        <source>做这项操作</source>
        <translation>do this</translation>
    </message>
    <message>
        <source>{name}（{role}）不能{act}：请{needed}登录后再做。</source>
        <translation>{name} ({role}) may not {act}: a {needed} must sign in to do it.</translation>
    </message>
    <message>
        <source>操作人“{name}”已停用，请找社区工作者。</source>
        <translation>Operator &quot;{name}&quot; is no longer active: ask a community worker.</translation>
    </message>
    <message>
        <source>“{name}”还没有设置 PIN，请找社区工作者设置。</source>
        <translation>&quot;{name}&quot; has no PIN yet: ask a community worker to set one.</translation>
    </message>
    <message>
        <source>“{name}”的 PIN 连续输错太多次，已锁定到 {until}。</source>
        <translation>Too many wrong PINs for &quot;{name}&quot;: locked until {until}.</translation>
    </message>
    <message>
        <source>“{name}”需要输入 PIN 才能登录。</source>
        <translation>&quot;{name}&quot; signs in with a PIN.</translation>
    </message>
    <message>
        <source>PIN 不对。连续输错 {n} 次，“{name}”已锁定一段时间。</source>
        <translation>Wrong PIN. After {n} wrong PINs in a row, &quot;{name}&quot; is locked for a while.</translation>
    </message>
    <message>
        <source>PIN 不对，还可以再试 {left} 次。</source>
        <translation>Wrong PIN: {left} more tries.</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>批次“{round}”的 {code}</source>
        <translation>{code} of round “{round}”</translation>
    </message>
    <message>
        <source>{code} 是 {n} 个批次的包裹（{which}）：请选择是哪一件，选定之前什么都没有登记。</source>
        <translation>{code} is the label of parcels of {n} rounds ({which}): choose which parcel it is; nothing is recorded until you do.</translation>
    </message>
    <message>
        <source>{code} 是 {n} 个批次的包裹：请选择是哪一件，选定之前什么都没有登记。</source>
        <translation>{code} is the label of parcels of {n} rounds: choose which parcel it is; nothing is recorded until you do.</translation>
    </message>
    <message>
        <source>未到货</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>待领取</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>破损</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>已领取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>未付</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>代付</source>
        <translation>Paid on behalf</translation>
    </message>
    <message>
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>包裹编号 {code} 已经有了：这次没有添加任何包裹。</source>
        <translation>Parcel code {code} already exists: no parcel was added.</translation>
    </message>
    <message>
        <source>付款状态“{value}”无效。</source>
        <translation>Invalid payment status &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>本接驳点的包裹编号已经用完（最多 {n} 个）：这次没有添加任何包裹。</source>
        <translation>This pickup point has used up its parcel numbers (at most {n}): no parcel was added.</translation>
    </message>
    <message>
        <source>包裹编号 {code} 出现了两次：这次没有添加任何包裹。</source>
        <translation>Parcel code {code} appears twice: no parcel was added.</translation>
    </message>
    <message>
        <source>包裹没有“{field}”这一项。</source>
        <translation>Parcels have no field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>没有编号为 {code} 的包裹。</source>
        <translation>No parcel with code {code}.</translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <source>包裹编号</source>
        <translation>Parcel code</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>收货人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>付款</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>未匹配</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>{status}（多到）</source>
        <translation>{status} (surplus)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>应收 {amount} 元</source>
        <translation>Due: ¥{amount}</translation>
    </message>
    <message>
        <source>扫到了条码，没有处理：请先选择付款方式，或按 Esc 返回后再扫描。</source>
        <translation>A barcode was scanned and not taken: choose how it is paid first, or press Esc and scan again.</translation>
    </message>
    <message>
        <source>请写明免收的原因。</source>
        <translation>Give the reason for waiving payment.</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>按数字键选择付款方式，Esc 返回</source>
        <translation>Press a number key to choose the payment method, Esc to go back</translation>
    </message>
    <message>
        <source>1  现金</source>
        <translation>1  Cash</translation>
    </message>
    <message>
        <source>2  扫码支付</source>
        <translation>2  QR code</translation>
    </message>
    <message>
        <source>3  代付（记入代付台账，解封后结算）</source>
        <translation>3  Paid on behalf (owed, settled after lockdown)</translation>
    </message>
    <message>
        <source>4  免收（需写明原因）</source>
        <translation>4  Waived (reason required)</translation>
    </message>
    <message>
        <source>5  已在线付款（出示付款记录）</source>
        <translation>5  Paid online (show proof of payment)</translation>
    </message>
    <message>
        <source>免收原因（写好后按回车）：</source>
        <translation>Reason for waiving (press Enter when done):</translation>
    </message>
    <message>
        <source>免收原因</source>
        <translation>Reason for waiving</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>已领取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>在点待领</source>
        <translation>Waiting at the point</translation>
    </message>
    <message>
        <source>未到货</source>
        <translation>Not arrived</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>已到</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>还没到</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>破损</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>{b} 号楼</source>
        <translation>Building {b}</translation>
    </message>
    <message>
        <source>无住户</source>
        <translation>No household</translation>
    </message>
    <message>
        <source>已到 {received} / {expected} 件</source>
        <translation>Arrived: {received} / {expected}</translation>
    </message>
    <message>
        <source>还没到 {missing} · 多出 {surplus} · 破损 {damaged}</source>
        <translation>Missing {missing} · surplus {surplus} · damaged {damaged}</translation>
    </message>
    <message>
        <source>✓ 0</source>
        <translation>✓ 0</translation>
    </message>
    <message>
        <source>还没到的包裹（{n} 件）</source>
        <translation>Not yet arrived ({n})</translation>
    </message>
    <message>
        <source>{building}还没到的包裹（{n} 件）</source>
        <translation>{building}: not yet arrived ({n})</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <source>个人信息已删除，但数据库文件没能重写（{error}）：请关闭其他正在使用它的程序后再运行一次 purge。</source>
        <translation>The personal data was deleted, but the database file could not be rewritten ({error}): close any other program using it and run purge again.</translation>
    </message>
    <message>
        <source>个人信息已删除，但数据库的日志文件还没清空：请关闭其他正在使用它的程序后再运行一次 purge。</source>
        <translation>The personal data was deleted, but the database&apos;s log file is not empty yet: close any other program using it and run purge again.</translation>
    </message>
</context>
<context>
    <name>QuickCard</name>
    <message>
        <source>扫码</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>扫码枪对准包裹上的标签。没有扫码枪：输入条码，按回车。</source>
        <translation>Point the scanner at the parcel&apos;s label. No scanner: type the code and press Enter.</translation>
    </message>
    <message>
        <source>看卡片</source>
        <translation>Look at the card</translation>
    </message>
    <message>
        <source>大字显示住户和物品。绿色：可以发放；黄色：注意（如要收款）；红色：不能发放，下面写着原因。</source>
        <translation>The household and the item in large print. Green: hand it over; amber: take care (e.g. payment due); red: do not hand over, the reason is written below.</translation>
    </message>
    <message>
        <source>回车</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>再按一次回车，确认发放，把包裹交给住户。同一户的几个包裹可以都扫完再按回车，一起发放。</source>
        <translation>Press Enter once more to confirm and give the parcel to the household. Several parcels of one household: scan them all, then one Enter hands them over together.</translation>
    </message>
    <message>
        <source>代领：别人替住户来领，登记代领人</source>
        <translation>Proxy: someone collects for the household; record who</translation>
    </message>
    <message>
        <source>送货上门：登记送货的志愿者</source>
        <translation>Door delivery: record the volunteer who takes it</translation>
    </message>
    <message>
        <source>没有标签：按门牌、电话后四位或姓名查找住户</source>
        <translation>No label: find the household by room, last four phone digits or name</translation>
    </message>
    <message>
        <source>撤销刚才的发放（发错了），要写原因</source>
        <translation>Undo the last handover (a mistake), with a reason</translation>
    </message>
    <message>
        <source>补打小票</source>
        <translation>Reprint the receipt</translation>
    </message>
    <message>
        <source>放弃当前卡片，不发放</source>
        <translation>Dismiss the card without handing over</translation>
    </message>
    <message>
        <source>在程序里查看全部快捷键</source>
        <translation>All the keyboard shortcuts, in the program</translation>
    </message>
    <message>
        <source>已经领过：卡片写着何时、在哪里、谁领的。不要再发。</source>
        <translation>Already collected: the card says when, where and by whom. Do not hand it over again.</translation>
    </message>
    <message>
        <source>不是本接驳点的包裹：放到一边，交给社区工作人员。</source>
        <translation>A parcel of another point: put it aside for the community worker.</translation>
    </message>
    <message>
        <source>包裹已取消，或不在这个批次：放到一边，问社区工作人员。</source>
        <translation>Cancelled, or not in this round: put it aside and ask the community worker.</translation>
    </message>
    <message>
        <source>条码没读对：再扫一次；还不行就按 F4 查找住户。</source>
        <translation>Misread code: scan again; if it still fails, press F4 to find the household.</translation>
    </message>
    <message>
        <source>发放台速查卡</source>
        <translation>Counter quick card</translation>
    </message>
    <message>
        <source>社区接驳点</source>
        <translation>Pickup point</translation>
    </message>
    <message>
        <source>功能键</source>
        <translation>Function keys</translation>
    </message>
    <message>
        <source>红色卡片：不能发放</source>
        <translation>Red card: do not hand over</translation>
    </message>
    <message>
        <source>拿不准时，先问社区工作人员。程序里按 F1 可以看到全部快捷键。</source>
        <translation>When unsure, ask the community worker first. F1 in the program lists every shortcut.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请先在上面选一项。</source>
        <translation>Choose one of the items above first.</translation>
    </message>
    <message>
        <source>请写明原因：会和您的名字一起记录下来。</source>
        <translation>Please give the reason: it is recorded with your name.</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>原因（必填，会记录下来）：</source>
        <translation>Reason (required, recorded):</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>【已撤销】</source>
        <translation>[VOIDED]</translation>
    </message>
    <message>
        <source>物资领取小票</source>
        <translation>Collection receipt</translation>
    </message>
    <message>
        <source>小票号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>（无对应住户）</source>
        <translation>(no matching household)</translation>
    </message>
    <message>
        <source>户主：{head}</source>
        <translation>Head of household: {head}</translation>
    </message>
    <message>
        <source>包裹</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>无需付款</source>
        <translation>No payment</translation>
    </message>
    <message>
        <source>免收原因：{reason}</source>
        <translation>Waived: {reason}</translation>
    </message>
    <message>
        <source>领取人：{who}</source>
        <translation>Collected by: {who}</translation>
    </message>
    <message>
        <source>操作人：{operator}</source>
        <translation>Operator: {operator}</translation>
    </message>
    <message>
        <source>领取人签名：＿＿＿＿＿＿＿＿＿＿</source>
        <translation>Signature: ____________________</translation>
    </message>
    <message>
        <source>请当面核对物品，妥善保管小票。</source>
        <translation>Please check the items now and keep this receipt.</translation>
    </message>
    <message>
        <source>物资领取小票 {no}</source>
        <translation>Collection receipt {no}</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>没有找到打印机，小票没有打印出来。</source>
        <translation>No printer found; the receipt was not printed.</translation>
    </message>
    <message>
        <source>小票预览</source>
        <translation>Receipt preview</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>80 毫米热敏小票</source>
        <translation>80 mm thermal receipt</translation>
    </message>
    <message>
        <source>58 毫米热敏小票</source>
        <translation>58 mm thermal receipt</translation>
    </message>
    <message>
        <source>A5 纸</source>
        <translation>A5 paper</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <source>{code} 是小票号，不是包裹编号：没有登记。</source>
        <translation>{code} is a receipt number, not a parcel code: nothing recorded.</translation>
    </message>
    <message>
        <source>条码 {code} 读错了（不是有效的包裹编号）：请重新扫描或核对后手工输入。</source>
        <translation>Barcode {code} was misread (not a valid parcel code): scan again, or check it and type it in.</translation>
    </message>
    <message>
        <source>{code} 是电话号码，不是包裹编号：没有登记。</source>
        <translation>{code} is a phone number, not a parcel code: nothing recorded.</translation>
    </message>
    <message>
        <source>“{code}”不像包裹上的条码：没有登记。请扫描包裹标签上的条码。</source>
        <translation>“{code}” does not look like a parcel barcode: nothing recorded. Scan the barcode on the parcel&apos;s label.</translation>
    </message>
    <message>
        <source>{code} 刚才已作为多出的包裹登记过了。</source>
        <translation>{code} was just recorded as a surplus parcel.</translation>
    </message>
    <message>
        <source>条码 {code} 读错了（校验位不对）：请重新扫描或核对后手工输入。</source>
        <translation>Barcode {code} misread (check character wrong): scan again, or check it and type it in.</translation>
    </message>
    <message>
        <source>{code} 是住户的房号，不是包裹编号：没有标签时请用“按户签收”。</source>
        <translation>{code} is a household&apos;s room, not a parcel code: without a label, use &quot;Tick off household&quot;.</translation>
    </message>
    <message>
        <source>没有编号为 {code} 的包裹。请先选择批次，多出的包裹才能登记。</source>
        <translation>No parcel with code {code}. Choose a round first so surplus parcels can be recorded.</translation>
    </message>
    <message>
        <source>清单上没有，到货时多出</source>
        <translation>Not on the manifest; surplus on arrival</translation>
    </message>
    <message>
        <source>{code} 不在清单上：已登记为多出的包裹，请单独放置。</source>
        <translation>{code} is not on the manifest: recorded as surplus; put it aside.</translation>
    </message>
    <message>
        <source>包裹 {code} 已作废，不应再发放：请单独放置并告知供货方。</source>
        <translation>Parcel {code} is cancelled and must not be handed out: put it aside and tell the supplier.</translation>
    </message>
    <message>
        <source>包裹 {code} 已经领取过了，没有再登记。</source>
        <translation>Parcel {code} was already collected; not recorded again.</translation>
    </message>
    <message>
        <source>包裹 {code} 属于接驳点 {site}，不在本点发放：请退回送货人。</source>
        <translation>Parcel {code} belongs to pickup point {site}, not this one: return it to the courier.</translation>
    </message>
    <message>
        <source>包裹 {code} 属于批次“{round}”，不是这一批：没有登记，请单独放置。</source>
        <translation>Parcel {code} belongs to round &quot;{round}&quot;, not this one: not recorded; put it aside.</translation>
    </message>
    <message>
        <source>包裹 {code} 已验收过，现已标记为破损。</source>
        <translation>Parcel {code} was already received; now marked damaged.</translation>
    </message>
    <message>
        <source>包裹 {code} 已于 {time} 由 {who} 验收过了。</source>
        <translation>Parcel {code} was already received at {time} by {who}.</translation>
    </message>
    <message>
        <source>包裹 {code} 刚才已经验收过了。</source>
        <translation>Parcel {code} was just received.</translation>
    </message>
    <message>
        <source>已验收 {code}（破损）。</source>
        <translation>Received {code} (damaged).</translation>
    </message>
    <message>
        <source>已验收 {code}。</source>
        <translation>Received {code}.</translation>
    </message>
    <message>
        <source>{code} 和本批清单上的 {listed} 只差一个字符，可能扫错了：没有登记为多出。</source>
        <translation>{code} is one character away from {listed} on this round&apos;s list, probably a misread: not recorded as surplus.</translation>
    </message>
    <message>
        <source>{code} 比本批的编号（如 {listed}）少了字符，可能没扫全：没有登记为多出。</source>
        <translation>{code} is shorter than this round&apos;s codes (such as {listed}), probably read incompletely: not recorded as surplus.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>包裹编号是空的。</source>
        <translation>The parcel code is empty.</translation>
    </message>
    <message>
        <source>没有编号为 {code} 的包裹。</source>
        <translation>No parcel with code {code}.</translation>
    </message>
    <message>
        <source>包裹 {code} 已经领取，不能再标记破损。</source>
        <translation>Parcel {code} was already collected and cannot be marked damaged.</translation>
    </message>
    <message>
        <source>包裹 {code} 已作废，不能标记破损。</source>
        <translation>Parcel {code} is cancelled and cannot be marked damaged.</translation>
    </message>
    <message>
        <source>包裹 {code} 已标记为破损。</source>
        <translation>Parcel {code} marked damaged.</translation>
    </message>
    <message>
        <source>没有找到住户 {code}。</source>
        <translation>Household {code} not found.</translation>
    </message>
    <message>
        <source>住户 {household} 在批次“{round}”里没有包裹。</source>
        <translation>Household {household} has no parcels in round &quot;{round}&quot;.</translation>
    </message>
    <message>
        <source>按户签收（未扫码）</source>
        <translation>Ticked off by household (not scanned)</translation>
    </message>
    <message>
        <source>撤销验收时请写明原因。</source>
        <translation>Give a reason for undoing a receipt.</translation>
    </message>
    <message>
        <source>包裹 {code} 已经领取，不能撤销验收：请先在发放页撤销这次发放。</source>
        <translation>Parcel {code} has been collected, so its receipt cannot be undone: void the handover on the Hand out page first.</translation>
    </message>
    <message>
        <source>包裹 {code} 已作废，没有可撤销的验收。</source>
        <translation>Parcel {code} is cancelled: there is no receipt to undo.</translation>
    </message>
    <message>
        <source>包裹 {code} 还没有验收，没有可撤销的验收。</source>
        <translation>Parcel {code} has not been received: there is no receipt to undo.</translation>
    </message>
    <message>
        <source>已撤销多出的包裹 {code}：不再算在这一批里。</source>
        <translation>Surplus parcel {code} undone: it no longer counts in this round.</translation>
    </message>
    <message>
        <source>已撤销 {code} 的验收：回到“还没到”。</source>
        <translation>Receipt of {code} undone: it is back under &quot;Not yet arrived&quot;.</translation>
    </message>
</context>
<context>
    <name>ReceivingActions</name>
    <message>
        <source>请核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>请重新扫描这件包裹。确实是清单外多出的包裹：按回车登记为多出；按 Esc 放弃。</source>
        <translation>Scan this parcel again. If it really is an extra parcel on no list, press Enter to record it as surplus; Esc to drop it.</translation>
    </message>
    <message>
        <source>没有登记 {code}。请扫描下一件。</source>
        <translation>{code} not recorded. Scan the next parcel.</translation>
    </message>
    <message>
        <source>没有可撤销的验收：先在“最近扫描”里选中一行。</source>
        <translation>Nothing to undo: select a line under &quot;Recent scans&quot; first.</translation>
    </message>
    <message>
        <source>撤销 {code} 的验收？多出的包裹会从这一批里去掉，清单上的包裹回到“还没到”。</source>
        <translation>Undo the receipt of {code}? A surplus parcel is taken off this round; a listed parcel goes back to &quot;Not yet arrived&quot;.</translation>
    </message>
    <message>
        <source>撤销验收</source>
        <translation>Undo receipt</translation>
    </message>
    <message>
        <source>扫错了包裹</source>
        <translation>Wrong parcel scanned</translation>
    </message>
    <message>
        <source>多出的包裹登记错了</source>
        <translation>Surplus recorded by mistake</translation>
    </message>
    <message>
        <source>包裹没有到</source>
        <translation>Parcel did not arrive</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>原因：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>↩ {message}</source>
        <translation>↩ {message}</translation>
    </message>
    <message>
        <source>请先在“还没到的包裹”里选中一户，或在扫码框输入房号（如 3-2-501）后回车。</source>
        <translation>First select a household under &quot;Not yet arrived&quot;, or type its room (e.g. 3-2-501) in the scan box and press Enter.</translation>
    </message>
    <message>
        <source>已按户签收 {household} 的 {n} 件包裹（未扫码）。</source>
        <translation>Ticked off the parcels of {household} without a scan: {n}.</translation>
    </message>
    <message>
        <source>{household} 在这一批的包裹之前都已登记，没有再签收。</source>
        <translation>{household}&apos;s parcels in this round were all recorded already; nothing ticked off.</translation>
    </message>
    <message>
        <source>正在生成到货签收单……</source>
        <translation>Making the goods received note…</translation>
    </message>
    <message>
        <source>到货签收单</source>
        <translation>Goods received note</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <source>到货验收</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>验收批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>同一条码连续读到两次，已忽略第二次。</source>
        <translation>Same barcode read twice in a row; the second read was ignored.</translation>
    </message>
    <message>
        <source>{name}（{date}）</source>
        <translation>{name} ({date})</translation>
    </message>
    <message>
        <source>还没有批次：请先在“批次”页建立</source>
        <translation>No rounds yet: create one on the &quot;Rounds&quot; page first</translation>
    </message>
    <message>
        <source>供货方：{supplier}</source>
        <translation>Supplier: {supplier}</translation>
    </message>
    <message>
        <source>请先选择要验收的批次。</source>
        <translation>Choose the round to receive first.</translation>
    </message>
    <message>
        <source>多出</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>无住户</source>
        <translation>No household</translation>
    </message>
    <message>
        <source>请单独放置，并在签收单上注明。</source>
        <translation>Put it aside and note it on the goods received note.</translation>
    </message>
    <message>
        <source>请逐件扫描包裹条码。多出的包裹会自动登记；破损的扫完按 F2。</source>
        <translation>Scan each parcel&apos;s barcode. Surplus parcels are recorded automatically; for a damaged one, press F2 after scanning.</translation>
    </message>
    <message>
        <source>{mark} {household}  {message}</source>
        <translation>{mark} {household}  {message}</translation>
    </message>
    <message>
        <source>请先扫描破损的包裹，再按 F2。</source>
        <translation>Scan the damaged parcel first, then press F2.</translation>
    </message>
    <message>
        <source>{message}（{note}）</source>
        <translation>{message} ({note})</translation>
    </message>
    <message>
        <source>没有保存：{reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>到货签收单</source>
        <translation>Goods received note</translation>
    </message>
    <message>
        <source>打印到货签收单，请送货人和接驳点签字</source>
        <translation>Print the goods received note for the courier and the pickup point to sign</translation>
    </message>
    <message>
        <source>扫描包裹条码</source>
        <translation>Scan parcel barcode</translation>
    </message>
    <message>
        <source>扫码，或输入编号后回车</source>
        <translation>Scan, or type a code</translation>
    </message>
    <message>
        <source>包裹条码</source>
        <translation>Parcel barcode</translation>
    </message>
    <message>
        <source>破损说明（可不填）</source>
        <translation>Damage note (optional)</translation>
    </message>
    <message>
        <source>破损说明</source>
        <translation>Damage note</translation>
    </message>
    <message>
        <source>标记破损 (F2)</source>
        <translation>Mark damaged (F2)</translation>
    </message>
    <message>
        <source>把刚扫的包裹标记为破损，备注写在左边</source>
        <translation>Mark the parcel just scanned as damaged; write the note on the left</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>按楼栋（点一行只看这栋还没到的）</source>
        <translation>By building (click a row to see what is still missing there)</translation>
    </message>
    <message>
        <source>按楼栋的到货进度</source>
        <translation>Progress by building</translation>
    </message>
    <message>
        <source>最近扫描</source>
        <translation>Recent scans</translation>
    </message>
    <message>
        <source>撤销验收 (F5)</source>
        <translation>Undo receipt (F5)</translation>
    </message>
    <message>
        <source>扫错了或多出的包裹登记错了：撤销选中的（或最近一次）验收，记录会保留</source>
        <translation>Scanned the wrong parcel or recorded a surplus by mistake: undo the selected (or latest) receipt; the record is kept</translation>
    </message>
    <message>
        <source>还没到的包裹</source>
        <translation>Not yet arrived</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>按户签收</source>
        <translation>Tick off household</translation>
    </message>
    <message>
        <source>标签丢了或看不清：把选中住户在这一批的包裹都登记为已到</source>
        <translation>Label lost or unreadable: record all of the selected household&apos;s parcels in this round as received</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>日期“{date}”无效：请写成 YYYY-MM-DD，例如 2022-04-10。</source>
        <translation>The date &quot;{date}&quot; is not valid: write it as YYYY-MM-DD, for example 2022-04-10.</translation>
    </message>
    <message>
        <source>{point} {month}月{day}日：到货 {received} 件，已发放 {handed} 件（代领 {proxy}，送货上门 {door}），未领取 {uncollected} 件，收款 {collected}（现金 {cash}，扫码 {qr}）</source>
        <translation>{point}, {day}/{month}: {received} parcels arrived, {handed} handed over ({proxy} by proxy, {door} to the door), {uncollected} uncollected, {collected} taken ({cash} cash, {qr} QR)</translation>
    </message>
    <message>
        <source>，代付记账 {amount}（{n} 件）</source>
        <translation>, {amount} paid on behalf ({n} parcels)</translation>
    </message>
    <message>
        <source>，作废 {n} 件</source>
        <translation>, {n} voided</translation>
    </message>
    <message>
        <source>，破损 {n} 件</source>
        <translation>, {n} damaged</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>恢复这个备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>还没有自动备份。请用“选择其他文件…”找到备份文件。</source>
        <translation>No automatic backups yet. Use &quot;Choose another file…&quot; to find a backup.</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3 *.db *.bak);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite3 *.db *.bak);;All files (*)</translation>
    </message>
    <message>
        <source>正在检查 {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>这个备份没有通过检查，不能用来恢复：</source>
        <translation>This backup failed the check and cannot be restored:</translation>
    </message>
    <message>
        <source>最后一次发放：{at}（{code}）</source>
        <translation>Last handover: {at} ({code})</translation>
    </message>
    <message>
        <source>还没有发放记录</source>
        <translation>No handovers yet</translation>
    </message>
    <message>
        <source>检查通过：文件完好，记录完整。</source>
        <translation>Check passed: the file is sound and the records are complete.</translation>
    </message>
    <message>
        <source>备份时间：{at}</source>
        <translation>Taken: {at}</translation>
    </message>
    <message>
        <source>站点：{name}（{id}）</source>
        <translation>Site: {name} ({id})</translation>
    </message>
    <message>
        <source>{records} 条记录，{households} 户，{parcels} 个包裹，已发放 {handovers} 件</source>
        <translation>{records} records, {households} households, {parcels} parcels, {handovers} handed over</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>先检查备份是否完好，看清它包含什么，再决定是否恢复。恢复前，现在的数据库会另存一份。</source>
        <translation>First the backup is checked and you see what it holds; then you decide. Before a restore the current database is kept aside.</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name}（{id}）</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>新建批次</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>编辑批次：{name}</source>
        <translation>Edit round: {name}</translation>
    </message>
    <message>
        <source>批次建好后不能改类型。</source>
        <translation>The type cannot change once the round exists.</translation>
    </message>
    <message>
        <source>价格“{price}”不是金额，请写成 39.90 这样的数字。</source>
        <translation>Price &quot;{price}&quot; is not an amount; write a number like 39.90.</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>批次名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如：4月10日 蔬菜包</source>
        <translation>e.g. Vegetables 10 Apr</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>如：蔬菜包</source>
        <translation>e.g. vegetable box</translation>
    </message>
    <message>
        <source>每份价格（元）</source>
        <translation>Price per parcel (¥)</translation>
    </message>
    <message>
        <source>如：39.90；免费填 0</source>
        <translation>e.g. 39.90; 0 if free</translation>
    </message>
    <message>
        <source>默认付款方式</source>
        <translation>Default payment</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>如：叮咚买菜</source>
        <translation>e.g. Dingdong Maicai</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>接驳点</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>这个批次给哪些接驳点；都不勾：给所有接驳点</source>
        <translation>The points this round is for; none ticked: every point</translation>
    </message>
    <message>
        <source>都不勾：给所有接驳点。包裹发到住户所属的接驳点。</source>
        <translation>None ticked: every point. Parcels go to their household&apos;s point.</translation>
    </message>
    <message>
        <source>color: #b3261e;</source>
        <translation>color: #b3261e;</translation>
    </message>
</context>
<context>
    <name>RoundStatus</name>
    <message>
        <source>当前批次：{name}（还剩 {left} / {expected} 件）</source>
        <translation>Current round: {name} ({left} of {expected} left)</translation>
    </message>
    <message>
        <source>发放页正在发的批次；共有 {n} 个批次还有包裹没领</source>
        <translation>The round the counter is handing out; rounds with parcels not yet collected: {n}</translation>
    </message>
    <message>
        <source>进行中的批次：{n} 个</source>
        <translation>Open rounds: {n}</translation>
    </message>
    <message>
        <source>还有包裹没领的批次；发放一件后这里显示它的批次</source>
        <translation>Rounds with parcels not yet collected; after a handover, its round is shown here</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>订单批次</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>统一配发</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>已预付</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <source>领取时付款</source>
        <translation>Pay on collection</translation>
    </message>
    <message>
        <source>社区代付</source>
        <translation>Paid by community</translation>
    </message>
    <message>
        <source>免费</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>批次名称不能为空。</source>
        <translation>The round needs a name.</translation>
    </message>
    <message>
        <source>批次名称太长（最多 60 个字）。</source>
        <translation>The round name is too long (60 characters at most).</translation>
    </message>
    <message>
        <source>批次类型“{kind}”无效：只能是 order（订单）或 allocation（统一配发）。</source>
        <translation>Invalid round type &quot;{kind}&quot;: use order or allocation.</translation>
    </message>
    <message>
        <source>付款方式“{value}”无效。</source>
        <translation>Invalid payment method &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>价格不能是负数。</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>日期“{date}”无效：请写成 YYYY-MM-DD，例如 2022-04-10。</source>
        <translation>Invalid date &quot;{date}&quot;: write it as YYYY-MM-DD, e.g. 2022-04-10.</translation>
    </message>
    <message>
        <source>已经有名为“{name}”的批次了，请换一个名称。</source>
        <translation>A round named &quot;{name}&quot; already exists; choose another name.</translation>
    </message>
    <message>
        <source>批次没有“{field}”这一项。</source>
        <translation>Rounds have no field &quot;{field}&quot;.</translation>
    </message>
    <message>
        <source>没有叫“{round}”的批次（可以用批次名称或编号）。</source>
        <translation>No round &quot;{round}&quot; (use the round&apos;s name or number).</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>已到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已领取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>未匹配</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>供应商：{supplier}</source>
        <translation>Supplier: {supplier}</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>批次</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>批次列表</source>
        <translation>Round list</translation>
    </message>
    <message>
        <source>新建批次</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>编辑批次</source>
        <translation>Edit round</translation>
    </message>
    <message>
        <source>导入订单</source>
        <translation>Import orders</translation>
    </message>
    <message>
        <source>导入供应商的订单表（CSV 或 Excel），按地址和电话分给住户</source>
        <translation>Import a supplier&apos;s order list (CSV or Excel) and match it to households by address and phone</translation>
    </message>
    <message>
        <source>按户配发</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未匹配住户</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>统一配发批次：给每户（或有某标记的住户）一份</source>
        <translation>Allocation round: one for every household (or every household with a flag)</translation>
    </message>
    <message>
        <source>订单批次的包裹来自供应商的订单表，请用“导入订单”。</source>
        <translation>Parcels of an order round come from the supplier&apos;s order list: use &quot;Import orders&quot;.</translation>
    </message>
    <message>
        <source>“{name}”的包裹</source>
        <translation>Parcels of &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>{building}栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>Parcels: {n}</translation>
    </message>
    <message>
        <source>已新建批次“{name}”。</source>
        <translation>Created round &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>已保存批次“{name}”。</source>
        <translation>Saved round &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>已配发给 {households} 户，共 {parcels} 件。</source>
        <translation>Allocated parcels: {parcels} to households: {households}.</translation>
    </message>
    <message>
        <source>包裹 {code} 已分给住户 {household}。</source>
        <translation>Parcel {code} assigned to household {household}.</translation>
    </message>
    <message>
        <source>打印标签</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <source>本批次的包裹</source>
        <translation>Parcels in this round</translation>
    </message>
    <message>
        <source>查找：房号、收货人、电话或订单号</source>
        <translation>Room, recipient, phone or order no.</translation>
    </message>
    <message>
        <source>查找包裹</source>
        <translation>Find parcel</translation>
    </message>
    <message>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>按楼栋筛选</source>
        <translation>Filter by building</translation>
    </message>
    <message>
        <source>共 0 件</source>
        <translation>0 parcels</translation>
    </message>
    <message>
        <source>包裹列表</source>
        <translation>Parcel list</translation>
    </message>
    <message>
        <source>匹配住户</source>
        <translation>Match household</translation>
    </message>
    <message>
        <source>把没有匹配到住户的包裹分给一户</source>
        <translation>Assign an unmatched parcel to a household</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>未知的标记“{flag}”：可用的标记有 {flags}。</source>
        <translation>Unknown flag &quot;{flag}&quot;: the flags are {flags}.</translation>
    </message>
    <message>
        <source>请填写送货志愿者的姓名。</source>
        <translation>Write the volunteer&apos;s name.</translation>
    </message>
    <message>
        <source>志愿者电话“{phone}”不是有效的电话号码。</source>
        <translation>The volunteer&apos;s phone &quot;{phone}&quot; is not a valid phone number.</translation>
    </message>
    <message>
        <source>请至少选择一户。</source>
        <translation>Choose at least one household.</translation>
    </message>
    <message>
        <source>{households} 没有在点待领、且未安排送货的包裹。</source>
        <translation>{households}: no parcels waiting at the point that are not on a run already.</translation>
    </message>
    <message>
        <source>没有编号为“{run}”的送货单。</source>
        <translation>There is no run &quot;{run}&quot;.</translation>
    </message>
    <message>
        <source>{households} 不在这张送货单上。</source>
        <translation>{households} is not on this run.</translation>
    </message>
</context>
<context>
    <name>RunsDialog</name>
    <message>
        <source>所有住户</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>{building}栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>代付记账（以后结算）</source>
        <translation>Paid on behalf (settle later)</translation>
    </message>
    <message>
        <source>志愿者收了现金</source>
        <translation>The volunteer took cash</translation>
    </message>
    <message>
        <source>住户扫码付了</source>
        <translation>Paid by QR</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>包裹</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>应收（元）</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{code}&#x3000;{head}&#x3000;{n} 件</source>
        <translation>{code}  {head}  {n} parcels</translation>
    </message>
    <message>
        <source>已新建送货单 {run}：{n} 户。可以打印送货单了。</source>
        <translation>Run {run} made: {n} households. Print its delivery sheet.</translation>
    </message>
    <message>
        <source>{run}&#x3000;{volunteer}&#x3000;{at}</source>
        <translation>{run}  {volunteer}  {at}</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>待送</source>
        <translation>To deliver</translation>
    </message>
    <message>
        <source>已登记送达 {n} 件（送货上门，志愿者 {volunteer}）。</source>
        <translation>{n} parcels recorded delivered (door, volunteer {volunteer}).</translation>
    </message>
    <message>
        <source>请先在送货单中选中已送达的住户。</source>
        <translation>First select the households delivered.</translation>
    </message>
    <message>
        <source>送货单已发送到打印机。</source>
        <translation>The delivery sheet was sent to the printer.</translation>
    </message>
    <message>
        <source>送货上门</source>
        <translation>Door delivery</translation>
    </message>
    <message>
        <source>1. 选择住户（已到货、未领取）</source>
        <translation>1. Households (parcels at the point)</translation>
    </message>
    <message>
        <source>按标记筛选</source>
        <translation>Filter by flag</translation>
    </message>
    <message>
        <source>按楼栋筛选</source>
        <translation>Filter by building</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>可送货的住户</source>
        <translation>Households to deliver to</translation>
    </message>
    <message>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>送货志愿者姓名</source>
        <translation>The volunteer&apos;s name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>新建送货单</source>
        <translation>New run</translation>
    </message>
    <message>
        <source>2. 送货单</source>
        <translation>2. Runs</translation>
    </message>
    <message>
        <source>送货单</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>送货单上的住户</source>
        <translation>Households on the run</translation>
    </message>
    <message>
        <source>应收款</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>选中的住户已送达</source>
        <translation>Selected delivered</translation>
    </message>
    <message>
        <source>全部已送达</source>
        <translation>All delivered</translation>
    </message>
    <message>
        <source>打印送货单…</source>
        <translation>Print the delivery sheet…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>只备份在数据库旁边</source>
        <translation>Backups beside the database only</translation>
    </message>
    <message>
        <source>选择另一个备份文件夹（如 U 盘）</source>
        <translation>Choose another backup folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>80 毫米热敏小票</source>
        <translation>80 mm thermal receipt</translation>
    </message>
    <message>
        <source>58 毫米热敏小票</source>
        <translation>58 mm thermal receipt</translation>
    </message>
    <message>
        <source>A5 纸</source>
        <translation>A5 paper</translation>
    </message>
    <message>
        <source>A4 不干胶 3×8</source>
        <translation>A4 sticker sheet 3×8</translation>
    </message>
    <message>
        <source>50×30 毫米标签卷</source>
        <translation>50×30 mm label roll</translation>
    </message>
    <message>
        <source>{name}（未连接）</source>
        <translation>{name} (not connected)</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本接驳点</source>
        <translation>This pickup point</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>打印在标签、小票和名单上的接驳点名称</source>
        <translation>The point&apos;s name as printed on labels, receipts and lists</translation>
    </message>
    <message>
        <source>站点编号：</source>
        <translation>Site ID:</translation>
    </message>
    <message>
        <source>包裹编号以它开头；设好后不能再改</source>
        <translation>Parcel codes start with it; it cannot be changed once set</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>语言(&amp;L)：</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>界面和打印的文档使用的语言</source>
        <translation>The language of the screens and of the printed documents</translation>
    </message>
    <message>
        <source>大字模式（一米外也看得清）(&amp;T)</source>
        <translation>Large &amp;text (readable from a metre away)</translation>
    </message>
    <message>
        <source>所有窗口的文字放大</source>
        <translation>Larger text in every window</translation>
    </message>
    <message>
        <source>高对比度（白底黑字、醒目的焦点框）(&amp;H)</source>
        <translation>&amp;High contrast (black on white, a strong focus frame)</translation>
    </message>
    <message>
        <source>扫码提示音(&amp;S)</source>
        <translation>&amp;Sounds when scanning</translation>
    </message>
    <message>
        <source>成功、提醒和拒绝各有不同的声音</source>
        <translation>Different sounds for done, warning and refused</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>小票打印机(&amp;P)：</source>
        <translation>Receipt &amp;printer:</translation>
    </message>
    <message>
        <source>小票纸张(&amp;R)：</source>
        <translation>&amp;Receipt paper:</translation>
    </message>
    <message>
        <source>发放后自动打印小票(&amp;A)</source>
        <translation>Print a receipt &amp;automatically after each handover</translation>
    </message>
    <message>
        <source>标签版式(&amp;B)：</source>
        <translation>La&amp;bel layout:</translation>
    </message>
    <message>
        <source>打印标签时先选中的版式</source>
        <translation>The layout chosen first when printing labels</translation>
    </message>
    <message>
        <source>安全与备份</source>
        <translation>Safety and backups</translation>
    </message>
    <message>
        <source>自动锁定(&amp;K)：</source>
        <translation>Loc&amp;k after:</translation>
    </message>
    <message>
        <source>无人操作这么多分钟后锁定，要签到才能继续（0 表示不锁定）</source>
        <translation>Lock after this many minutes without anyone at the keyboard; someone must sign in to go on (0: never)</translation>
    </message>
    <message>
        <source>第二个备份文件夹(&amp;U)：</source>
        <translation>Second back&amp;up folder:</translation>
    </message>
    <message>
        <source>自动备份除了放在数据库旁边，也复制到这里（如 U 盘）</source>
        <translation>Automatic backups are also copied here (e.g. a USB stick), besides the database&apos;s own folder</translation>
    </message>
    <message>
        <source>选择(&amp;C)…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>不用(&amp;X)</source>
        <translation>None (&amp;X)</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>备份没有完成：{reason}</source>
        <translation>The backup was not completed: {reason}</translation>
    </message>
    <message>
        <source>已备份：{paths}</source>
        <translation>Backed up: {paths}</translation>
    </message>
    <message>
        <source>换班：下一位请签到（柜台上的内容保持不变）</source>
        <translation>Switch shift: the next person signs in (the counter stays as it is)</translation>
    </message>
    <message>
        <source>已锁定：请签到后继续</source>
        <translation>Locked: sign in to go on</translation>
    </message>
    <message>
        <source>添加操作人</source>
        <translation>Add an operator</translation>
    </message>
    <message>
        <source>已添加。从现在起，打开程序和换班时都要签到。请现在签到。</source>
        <translation>Added. From now on everyone signs in when the program opens and at each change of shift. Please sign in now.</translation>
    </message>
    <message>
        <source>自动锁定</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <source>无人操作多少分钟后锁定（0 表示不锁定）：</source>
        <translation>Lock after this many minutes without input (0: never):</translation>
    </message>
    <message>
        <source>选择另一个备份文件夹（如 U 盘）</source>
        <translation>Choose another backup folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>数据检查发现问题</source>
        <translation>The data check found problems</translation>
    </message>
    <message>
        <source>打开时的检查发现数据库的记录有问题，可能被改动过或已损坏。可以继续发放，但请尽快联系社区工作者，必要时从备份恢复。</source>
        <translation>The check at start found problems in the database&apos;s records: they may have been changed or damaged. Handovers can go on, but contact a community worker soon and restore from a backup if needed.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>已恢复备份（{records} 条记录）。原来的数据库另存为 {aside}。</source>
        <translation>The backup was restored ({records} records). The previous database was kept as {aside}.</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <source>先按回车发放或按 Esc 取消当前这户，再撤销。</source>
        <translation>Press Enter to hand out or Esc to cancel the household on the card first, then undo.</translation>
    </message>
    <message>
        <source>这次发放已经撤销过了。</source>
        <translation>This handover is already voided.</translation>
    </message>
    <message>
        <source>撤销 {time} 发给 {household} {head} 的“{item}”（{code}）？</source>
        <translation>Void the handover of &quot;{item}&quot; ({code}) to {household} {head} at {time}?</translation>
    </message>
    <message>
        <source>已撤销：包裹 {code} 回到待领取，记录保留。</source>
        <translation>Voided: parcel {code} is waiting for collection again; the record is kept.</translation>
    </message>
    <message>
        <source>已发放 {n} 件 · {v} 户次</source>
        <translation>Handed out: {n} · visits: {v}</translation>
    </message>
    <message>
        <source>撤销 {n} 件</source>
        <translation>Voided: {n}</translation>
    </message>
    <message>
        <source>{name}：还剩 {waiting} / {total} 件</source>
        <translation>{name}: {waiting} / {total} left</translation>
    </message>
    <message>
        <source>{mode}：{amount} 元（{n} 笔）</source>
        <translation>{mode}: ¥{amount} ({n})</translation>
    </message>
    <message>
        <source>本班次还没有收款。</source>
        <translation>No payments this shift yet.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>作用</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>在哪里</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请写上您的姓名</source>
        <translation>Please write your name</translation>
    </message>
    <message>
        <source>最近签到的人（点一下即可）：</source>
        <translation>Signed in recently (one click is enough):</translation>
    </message>
    <message>
        <source>最近签到的人</source>
        <translation>Signed in recently</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN：</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>志愿者只需写姓名；社区工作者和协调员还要输入 PIN。</source>
        <translation>Volunteers only write their name; community workers and coordinators also enter their PIN.</translation>
    </message>
</context>
<context>
    <name>Signs</name>
    <message>
        <source>{building} 号楼</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>不分单元</source>
        <translation>No units</translation>
    </message>
    <message>
        <source>{unit} 单元</source>
        <translation>Unit {unit}</translation>
    </message>
    <message>
        <source>{unit}（{n} 件）</source>
        <translation>{unit} ({n})</translation>
    </message>
    <message>
        <source>……另有 {n} 件，见标签。</source>
        <translation>…and {n} more, see the labels.</translation>
    </message>
    <message>
        <source>楼栋分拣牌</source>
        <translation>Building sorting signs</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} parcels</translation>
    </message>
    <message>
        <source>未匹配住户</source>
        <translation>No matching household</translation>
    </message>
    <message>
        <source>{round} 楼栋分拣牌</source>
        <translation>{round} building signs</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>本接驳点</source>
        <translation>this pickup point</translation>
    </message>
    <message>
        <source>站点编号“{id}”无效：只能用 2 到 12 个字母或数字。</source>
        <translation>Invalid site ID &quot;{id}&quot;: use 2 to 12 letters or digits.</translation>
    </message>
    <message>
        <source>角色“{role}”无效：应为 point 或 coordinator。</source>
        <translation>Invalid role &quot;{role}&quot;: use point or coordinator.</translation>
    </message>
    <message>
        <source>请给站点起个名称。</source>
        <translation>Give the site a name.</translation>
    </message>
    <message>
        <source>这个数据库已经是站点 {id}（{name}），并已有 {n} 条记录，不能再改为别的站点。</source>
        <translation>This database is already site {id} ({name}) with {n} records; it cannot become another site.</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <source>这个文件含有住户的姓名和电话等个人信息：请妥善保管，不要转发到群里，用完请删除。</source>
        <translation>This file holds personal data (names and phones of households): keep it safe, do not forward it to group chats, delete it after use.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>无法创建数据库所在的文件夹 {folder}：{error}</source>
        <translation>Cannot create the database folder {folder}: {error}</translation>
    </message>
    <message>
        <source>{path} 是一个文件夹，不是数据库文件。</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{path} 是别的程序的数据库（里面有 {tables} 等表），不是本程序的数据库文件；本程序没有改动它。请换用本程序的数据库，或一个新的文件名。</source>
        <translation>{path} is another program&apos;s database (it holds tables such as {tables}), not a database of this program; it was left untouched. Use this program&apos;s database, or a new file name.</translation>
    </message>
    <message>
        <source>数据库 {path} 由更新版本的程序创建（结构版本 {version}），请升级程序后再打开。</source>
        <translation>The database {path} was made by a newer version of the program (schema {version}); update the program to open it.</translation>
    </message>
    <message>
        <source>数据库 {path} 出错：{error}。</source>
        <translation>The database {path} failed: {error}.</translation>
    </message>
    <message>
        <source>另一个程序正占用数据库 {path}（例如正在核对数据），请稍后再试。</source>
        <translation>Another program is holding the database {path} (a verify, for example); try again in a moment.</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入数据库 {path}：刚才的操作没有保存。请腾出空间后再试。</source>
        <translation>The disk is full, so the database {path} cannot be written: the last action was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>读写数据库 {path} 时磁盘出错（U 盘被拔出或磁盘损坏？）：刚才的操作没有完成。请检查磁盘后再试。</source>
        <translation>The disk failed while reading or writing the database {path} (a USB stick pulled out, or a damaged disk?): the last action was not completed. Check the disk and try again.</translation>
    </message>
    <message>
        <source>无法打开数据库 {path}：文件或它所在的文件夹不能访问。请检查位置和权限。</source>
        <translation>Cannot open the database {path}: the file or its folder cannot be accessed. Check the location and the permissions.</translation>
    </message>
    <message>
        <source>{path} 不是数据库文件。请检查打开的是不是本程序的数据库。</source>
        <translation>{path} is not a database file. Check that you are opening this program&apos;s database.</translation>
    </message>
    <message>
        <source>数据库 {path} 缺少表 {name}，文件已被改动或损坏。请从备份恢复。</source>
        <translation>The database {path} has no table {name}: the file was altered or damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>数据库 {path} 缺少字段 {name}，文件已被改动或损坏。请从备份恢复。</source>
        <translation>The database {path} has no column {name}: the file was altered or damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>数据库 {path} 或它所在的文件夹是只读的，无法写入。请把它放到可以写入的位置，或修改权限。</source>
        <translation>The database {path} or its folder is read-only and cannot be written. Move it to a place that can be written, or change the permissions.</translation>
    </message>
    <message>
        <source>数据库文件 {path} 已损坏。请从备份恢复。</source>
        <translation>The database file {path} is damaged. Restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>找不到设置文件 {path}。</source>
        <translation>Setup file {path} not found.</translation>
    </message>
    <message>
        <source>请在终端输入启用码，或用环境变量 PICKUPPOINT_ENROL_CODE 给出。</source>
        <translation>Type the enrolment code on a terminal, or give it in PICKUPPOINT_ENROL_CODE.</translation>
    </message>
    <message>
        <source>启用码：</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>已启用为接驳点 {id}（{name}），属于 {hub}；收到 {n} 条记录。</source>
        <translation>Enrolled as pickup point {id} ({name}) of {hub}; {n} records received.</translation>
    </message>
    <message>
        <source>本接驳点的密钥指纹：{fp}（协调中心导入第一批数据时会显示，请核对）</source>
        <translation>This point&apos;s key fingerprint: {fp} (the coordinator sees it when importing the first batch: compare them)</translation>
    </message>
    <message>
        <source>已为接驳点 {id}（{name}）写好设置文件 {path}。</source>
        <translation>Setup file for pickup point {id} ({name}) written to {path}.</translation>
    </message>
    <message>
        <source>启用码（只显示这一次，请另行告诉接驳点，不要和文件放在一起）：{code}</source>
        <translation>Enrolment code (shown only this once; tell the point separately, never keep it with the file): {code}</translation>
    </message>
    <message>
        <source>已写好给 {id} 的更新文件 {path}（{n} 条记录）。</source>
        <translation>Update file for {id} written to {path} ({n} records).</translation>
    </message>
    <message>
        <source>已导出 {n} 条记录（#{a}–#{b}）到 {path}。</source>
        <translation>Exported {n} records (#{a}–#{b}) to {path}.</translation>
    </message>
    <message>
        <source>{file}：已导入，新记录 {n} 条。</source>
        <translation>{file}: imported, {n} new records.</translation>
    </message>
    <message>
        <source>（其中 {n} 条在缺口之后，暂存待补）</source>
        <translation> ({n} of them after a gap, held until it is filled)</translation>
    </message>
    <message>
        <source>这是 {id} 的第一批数据，已记下它的密钥指纹 {fp}：请与接驳点核对。</source>
        <translation>This is {id}&apos;s first batch; its key fingerprint {fp} is now recorded: compare it with the point&apos;s.</translation>
    </message>
    <message>
        <source>{file}：以前已导入过，没有变化。</source>
        <translation>{file}: imported before, nothing changed.</translation>
    </message>
    <message>
        <source>{file}：拒收。{why}</source>
        <translation>{file}: refused. {why}</translation>
    </message>
    <message>
        <source>{id} {name}：{n} 条记录，连续到 #{c}，密钥指纹 {fp}</source>
        <translation>{id} {name}: {n} records, contiguous to #{c}, key fingerprint {fp}</translation>
    </message>
    <message>
        <source>最后一批：{when}，{n} 条</source>
        <translation>last batch: {when}, {n} records</translation>
    </message>
    <message>
        <source>最后一批：还没有收到</source>
        <translation>last batch: none received yet</translation>
    </message>
    <message>
        <source>领取进度 {round} {point}：{collected} / {parcels} 件已领，{received} 件已到点</source>
        <translation>progress {round} {point}: {collected} of {parcels} collected, {received} at the point</translation>
    </message>
    <message>
        <source>任一点</source>
        <translation>any point</translation>
    </message>
    <message>
        <source>待处理的冲突：{n} 个</source>
        <translation>Conflicts to resolve: {n}</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>{site}:{seq} {kind}，{when}，{op}{mark}</source>
        <translation>{site}:{seq} {kind}, {when}, {op}{mark}</translation>
    </message>
    <message>
        <source>冲突 {id} 已处理：以 {record} 为准（{op}，{reason}）。</source>
        <translation>Conflict {id} resolved: {record} stands ({op}, {reason}).</translation>
    </message>
    <message>
        <source>这个接驳点还没有加入协调中心。</source>
        <translation>This pickup point has not joined a coordinator yet.</translation>
    </message>
    <message>
        <source>已同步至 #{n}；还有 {k} 条记录没有被协调中心确认。</source>
        <translation>Synced to #{n}; {k} records not yet acknowledged by the coordinator.</translation>
    </message>
    <message>
        <source>已跳过 {a}–{b} 号；{id} 现在连续到 #{c}。</source>
        <translation>Skipped #{a}–#{b}; {id} is now contiguous to #{c}.</translation>
    </message>
    <message>
        <source>这个数据库已经是{hub}的接驳点 {id}，不能再设为协调中心。</source>
        <translation>This database is already pickup point {id} of {hub}; it cannot become a coordinator.</translation>
    </message>
    <message>
        <source>这个数据库是协调中心（持有本部署的密钥），不能改为接驳点。</source>
        <translation>This database is a coordinator (it holds the deployment&apos;s keys); it cannot become a pickup point.</translation>
    </message>
    <message>
        <source>{id} 是协调中心自己的编号，接驳点要用别的编号。</source>
        <translation>{id} is the coordinator&apos;s own site ID; a pickup point needs another.</translation>
    </message>
    <message>
        <source>无法写入设置文件 {path}：{error}</source>
        <translation>Cannot write the setup file {path}: {error}</translation>
    </message>
    <message>
        <source>这个数据库已经加入了一个协调中心，不能再用设置文件启用。</source>
        <translation>This database has already joined a coordinator; it cannot be enrolled again with a setup file.</translation>
    </message>
    <message>
        <source>启用码不对（或设置文件已损坏）：请核对协调中心给的启用码。</source>
        <translation>Wrong enrolment code (or a damaged setup file): check the code the coordinator gave you.</translation>
    </message>
    <message>
        <source>无法读取 {path}：{error}</source>
        <translation>Cannot read {path}: {error}</translation>
    </message>
    <message>
        <source>{name} 不是接驳点设置文件。</source>
        <translation>{name} is not a pickup point setup file.</translation>
    </message>
    <message>
        <source>这个数据库已经是站点 {id}，有自己的记录，不能再启用为 {new}。</source>
        <translation>This database is already site {id} with records of its own; it cannot be enrolled as {new}.</translation>
    </message>
    <message>
        <source>写入 {path} 后读回校验不通过：U 盘可能有问题，请换一个再试。</source>
        <translation>The file {path} did not check out when read back: the USB stick may be faulty; try another.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>已同步至 #{n}：没有新的记录要发送。</source>
        <translation>Synced to #{n}: there are no new records to send.</translation>
    </message>
    <message>
        <source>没有登记站点 {id}：请先用 points add 添加它。</source>
        <translation>Site {id} is not enrolled: add it first with points add.</translation>
    </message>
    <message>
        <source>还没有收到 {id} 的第一批数据，还不能给它做更新文件：请先导入它导出的文件。</source>
        <translation>No batch from {id} has arrived yet, so no update file can be made for it: import the file it exported first.</translation>
    </message>
    <message>
        <source>无法读取 {name}。</source>
        <translation>Cannot read {name}.</translation>
    </message>
    <message>
        <source>{name} 不是同步文件。</source>
        <translation>{name} is not a sync file.</translation>
    </message>
    <message>
        <source>{name} 的文件头损坏，无法识别。</source>
        <translation>The header of {name} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>{name} 是更新版本的软件做的，请先升级本软件。</source>
        <translation>{name} was made by a newer version of the program: upgrade this one first.</translation>
    </message>
    <message>
        <source>{name} 不完整（文件被截断，可能是拔 U 盘太早），请让对方重新导出。</source>
        <translation>{name} is incomplete (cut short, perhaps the stick was pulled out too early): ask for it to be exported again.</translation>
    </message>
    <message>
        <source>{name} 的签名对不上：文件不完整（可能拔 U 盘太早）、被改动过，或不是它声称的站点做的。</source>
        <translation>The signature of {name} does not match: the file is incomplete (perhaps the stick was pulled out too early), was changed, or was not made by the site it claims.</translation>
    </message>
    <message>
        <source>{name} 的内容损坏或被改动过，已拒收。</source>
        <translation>{name} is damaged or was changed; refused.</translation>
    </message>
    <message>
        <source>{name} 属于另一个协调中心的部署，不是本部署的文件。</source>
        <translation>{name} belongs to another coordinator&apos;s deployment, not this one.</translation>
    </message>
    <message>
        <source>{name} 来自未登记的站点 {site}：请先在“接驳点”里添加它。</source>
        <translation>{name} comes from site {site}, which is not enrolled: add it under &quot;Pickup points&quot; first.</translation>
    </message>
    <message>
        <source>{name} 的签名密钥与站点 {site} 登记的不同：可能是冒充的文件。</source>
        <translation>{name} is signed with another key than the one recorded for site {site}: it may be an impostor.</translation>
    </message>
    <message>
        <source>{name} 不是发给本站点的文件。</source>
        <translation>{name} is not addressed to this site.</translation>
    </message>
    <message>
        <source>{name} 是另一种同步文件（{kind}），不能在这里导入。</source>
        <translation>{name} is another kind of sync file ({kind}) and cannot be imported here.</translation>
    </message>
    <message>
        <source>{name} 是旧的更新文件（第 {version} 版），本站已有第 {have} 版。</source>
        <translation>{name} is an older update (version {version}); this site already has version {have}.</translation>
    </message>
    <message>
        <source>{name} 与已导入的同编号文件内容不同：是重放或伪造的文件。</source>
        <translation>{name} differs from the file with the same batch ID imported before: a replayed or forged file.</translation>
    </message>
    <message>
        <source>{name} 的记录数与文件头不符，已拒收。</source>
        <translation>The record count of {name} does not match its header; refused.</translation>
    </message>
    <message>
        <source>{name} 的记录与文件头或已有记录对不上（哈希链断开），已拒收。</source>
        <translation>The records of {name} do not match its header or the records here (the hash chain breaks); refused.</translation>
    </message>
    <message>
        <source>{name} 的记录与本机已有的对不上，已拒收：{detail}</source>
        <translation>The records of {name} do not match those here; refused: {detail}</translation>
    </message>
    <message>
        <source>{name} 里有不是 {site} 自己写的记录，已拒收。</source>
        <translation>{name} holds records that {site} did not write; refused.</translation>
    </message>
    <message>
        <source>请写明为什么跳过这段缺失的记录。</source>
        <translation>Please say why these missing records are skipped.</translation>
    </message>
    <message>
        <source>没有登记站点 {id}。</source>
        <translation>Site {id} is not enrolled.</translation>
    </message>
    <message>
        <source>{id} 没有缺 {a}–{b} 号这一段。</source>
        <translation>{id} is not missing #{a}–#{b}.</translation>
    </message>
    <message>
        <source>这个数据库不是协调中心：请先用 init --role coordinator 设为协调中心。</source>
        <translation>This database is not a coordinator: set it up with init --role coordinator first.</translation>
    </message>
    <message>
        <source>这是协调中心的数据库：给接驳点的更新文件请用 sync export --point 站点编号。</source>
        <translation>This is a coordinator&apos;s database: make a point&apos;s update file with sync export --point SITE_ID.</translation>
    </message>
    <message>
        <source>这个接驳点还没有加入协调中心：请先用协调中心给的设置文件 init --from 启用。</source>
        <translation>This pickup point has not joined a coordinator yet: enrol it first with init --from and the coordinator&apos;s setup file.</translation>
    </message>
    <message>
        <source>缺 {a}–{b} 号，{name}</source>
        <translation>Missing #{a}–#{b}, {name}</translation>
    </message>
    <message>
        <source>缺 {a} 号，{name}</source>
        <translation>Missing #{a}, {name}</translation>
    </message>
    <message>
        <source>同步：{n} 个接驳点，{g} 处缺口，{c} 个冲突待处理</source>
        <translation>Sync: points {n}, gaps {g}, conflicts to resolve {c}</translation>
    </message>
    <message>
        <source>已同步至 #{n}，{k} 条待确认</source>
        <translation>Synced to #{n}, {k} awaiting acknowledgement</translation>
    </message>
    <message>
        <source>已同步至 #{n}</source>
        <translation>Synced to #{n}</translation>
    </message>
</context>
<context>
    <name>SyncHubPage</name>
    <message>
        <source>站点</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>最后一批</source>
        <translation>Last batch</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>连续到</source>
        <translation>Contiguous to</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>{when}，{n} 条</source>
        <translation>{when}, {n} records</translation>
    </message>
    <message>
        <source>还没有收到</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>（第一批到达时记下）</source>
        <translation>(recorded at the first batch)</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>About</translation>
    </message>
    <message>
        <source>各条记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>暂定结果</source>
        <translation>Provisional outcome</translation>
    </message>
    <message>
        <source>以哪条为准</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>冲突（{n}）</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>接驳点</source>
        <translation>Pickup points</translation>
    </message>
    <message>
        <source>包裹</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>已到点</source>
        <translation>At the point</translation>
    </message>
    <message>
        <source>已领</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>领取进度</source>
        <translation>Collected %</translation>
    </message>
    <message>
        <source>任一点</source>
        <translation>any point</translation>
    </message>
    <message>
        <source>{name}（{site}）</source>
        <translation>{name} ({site})</translation>
    </message>
    <message>
        <source>同一包裹发放了两次</source>
        <translation>Parcel handed over twice</translation>
    </message>
    <message>
        <source>同一份额领了两次</source>
        <translation>Entitlement used twice</translation>
    </message>
    <message>
        <source>住户信息在两处改得不同</source>
        <translation>Household edited differently at two sites</translation>
    </message>
    <message>
        <source>已删除的住户又被修改</source>
        <translation>Removed household edited</translation>
    </message>
    <message>
        <source>多出的包裹又出现在清单里</source>
        <translation>Surplus parcel also on a list</translation>
    </message>
    <message>
        <source>同一包裹编号被两份清单添加</source>
        <translation>Parcel code added by two lists</translation>
    </message>
    <message>
        <source>包裹 {v}</source>
        <translation>Parcel {v}</translation>
    </message>
    <message>
        <source>住户 {v}</source>
        <translation>Household {v}</translation>
    </message>
    <message>
        <source>批次 {v}</source>
        <translation>Round {v}</translation>
    </message>
    <message>
        <source>{site} 第 {seq} 条，{when}，{op}</source>
        <translation>{site} #{seq}, {when}, {op}</translation>
    </message>
    <message>
        <source>以 {site} 第 {seq} 条为准</source>
        <translation>{site} #{seq} stands</translation>
    </message>
    <message>
        <source>选择接驳点的同步文件</source>
        <translation>Choose the points&apos; sync files</translation>
    </message>
    <message>
        <source>同步文件 (*.ppsync);;所有文件 (*)</source>
        <translation>Sync files (*.ppsync);;All files (*)</translation>
    </message>
    <message>
        <source>导入同步文件</source>
        <translation>Import sync files</translation>
    </message>
    <message>
        <source>✓ {file}：已导入，新记录 {n} 条</source>
        <translation>✓ {file}: imported, {n} new records</translation>
    </message>
    <message>
        <source>（{n} 条在缺口之后，暂存待补）</source>
        <translation> ({n} after a gap, held until it is filled)</translation>
    </message>
    <message>
        <source>；{id} 的第一批：密钥指纹 {fp}，请与接驳点核对</source>
        <translation>; {id}&apos;s first batch: key fingerprint {fp}, compare it with the point&apos;s</translation>
    </message>
    <message>
        <source>＝ {file}：以前已导入过，没有变化</source>
        <translation>= {file}: imported before, nothing changed</translation>
    </message>
    <message>
        <source>✗ 拒收：{why}</source>
        <translation>✗ Refused: {why}</translation>
    </message>
    <message>
        <source>文件已另存到隔离文件夹：{path}</source>
        <translation>A copy of the file was kept in the quarantine folder: {path}</translation>
    </message>
    <message>
        <source>已取消：其余文件没有导入（正在读的那个文件一条也没写入）。</source>
        <translation>Cancelled: the remaining files were not imported (nothing of the file being read was written).</translation>
    </message>
    <message>
        <source>导入 {n} 个文件：新记录 {k} 条，拒收 {r} 个。</source>
        <translation>Imported {n} files: {k} new records, {r} refused.</translation>
    </message>
    <message>
        <source>已把 {n} 户分配给 {name}，{p} 个待领包裹随住户改过去：请给有关的接驳点做更新文件。</source>
        <translation>Assigned {n} households to {name}; {p} waiting parcels moved with them: make update files for the points concerned.</translation>
    </message>
    <message>
        <source>给 {name} 的更新文件</source>
        <translation>Update file for {name}</translation>
    </message>
    <message>
        <source>同步文件 (*.ppsync)</source>
        <translation>Sync files (*.ppsync)</translation>
    </message>
    <message>
        <source>已写好给 {id} 的更新文件 {path}（{n} 条记录）。</source>
        <translation>Update file for {id} written to {path} ({n} records).</translation>
    </message>
    <message>
        <source>做更新文件</source>
        <translation>Make update file</translation>
    </message>
    <message>
        <source>跳过缺口</source>
        <translation>Skip a gap</translation>
    </message>
    <message>
        <source>{name} 缺的记录如果确实补不回来（U 盘丢失、电脑损坏），可以跳过，先收后面的记录。以后补到的记录照样会收进来。</source>
        <translation>If the records missing from {name} really cannot be recovered (a lost stick, a broken laptop), skip them and take the later records. Records that arrive later are still taken.</translation>
    </message>
    <message>
        <source>跳过这段</source>
        <translation>Skip these</translation>
    </message>
    <message>
        <source>以这条为准：{record}</source>
        <translation>This one stands: {record}</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>处理冲突</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>记录处理结果</source>
        <translation>Record the resolution</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>把接驳点的同步文件拖到这里（可以一次拖多个），或</source>
        <translation>Drop the points&apos; sync files here (several at once), or</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>接驳点列表</source>
        <translation>Pickup points</translation>
    </message>
    <message>
        <source>添加接驳点…</source>
        <translation>Add point…</translation>
    </message>
    <message>
        <source>登记一个接驳点，做它的设置文件和一次性启用码</source>
        <translation>Enrol a pickup point: its setup file and one-time enrolment code</translation>
    </message>
    <message>
        <source>做更新文件…</source>
        <translation>Make update file…</translation>
    </message>
    <message>
        <source>给选中的接驳点：新的批次、住户、包裹和已收到的确认</source>
        <translation>For the selected point: new rounds, households, parcels and the acknowledgement of what arrived</translation>
    </message>
    <message>
        <source>分配住户…</source>
        <translation>Assign households…</translation>
    </message>
    <message>
        <source>把楼栋或住户分配给选中的接驳点：它的设置文件和更新文件只带它的住户</source>
        <translation>Assign buildings or households to the selected point: its setup and update files carry only its households</translation>
    </message>
    <message>
        <source>跳过缺口…</source>
        <translation>Skip gap…</translation>
    </message>
    <message>
        <source>缺的记录确实补不回来时（U 盘丢失、电脑损坏），记下原因后接着收后面的记录</source>
        <translation>When missing records cannot be recovered (a lost stick, a broken laptop): record why and take the later records</translation>
    </message>
    <message>
        <source>两个接驳点对同一件事记录不一致时列在这里。暂定的结果已生效；请核实后处理，处理时记下处理人和原因。</source>
        <translation>Listed here when two sites recorded the same thing differently. The provisional outcome applies; check, then resolve: who and why are recorded.</translation>
    </message>
    <message>
        <source>冲突列表</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>处理冲突…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>已处理的冲突（最近 20 个）：以哪条为准、处理人和原因</source>
        <translation>Conflicts resolved (the last 20): the record kept, who and why</translation>
    </message>
    <message>
        <source>已处理的冲突</source>
        <translation>Conflicts resolved</translation>
    </message>
    <message>
        <source>各点领取进度</source>
        <translation>Progress by point</translation>
    </message>
</context>
<context>
    <name>SyncPointPage</name>
    <message>
        <source>本接驳点还没有加入街道的同步</source>
        <translation>This point has not joined the street office&apos;s sync</translation>
    </message>
    <message>
        <source>请向街道（协调中心）要本点的设置文件和启用码，然后点“用设置文件启用”。</source>
        <translation>Ask the street office (coordinator) for this point&apos;s setup file and enrolment code, then click &quot;Enrol with setup file&quot;.</translation>
    </message>
    <message>
        <source>已同步至 #{n}</source>
        <translation>Synced to #{n}</translation>
    </message>
    <message>
        <source>&#x3000;还有 {k} 条记录待确认</source>
        <translation>  {k} records awaiting acknowledgement</translation>
    </message>
    <message>
        <source>&#x3000;全部记录都已被确认</source>
        <translation>  every record acknowledged</translation>
    </message>
    <message>
        <source>协调中心：{hub}</source>
        <translation>Coordinator: {hub}</translation>
    </message>
    <message>
        <source>本点记录：共 {n} 条；协调中心已确认到 #{a}。</source>
        <translation>This point&apos;s records: {n}; acknowledged by the coordinator up to #{a}.</translation>
    </message>
    <message>
        <source>上次导出：{when}，导出到 #{seq}，文件夹 {folder}</source>
        <translation>Last export: {when}, up to #{seq}, folder {folder}</translation>
    </message>
    <message>
        <source>还没有导出过同步文件。</source>
        <translation>No sync file exported yet.</translation>
    </message>
    <message>
        <source>已导入的更新：第 {v} 版</source>
        <translation>Update imported: version {v}</translation>
    </message>
    <message>
        <source>还没有导入过协调中心的更新文件。</source>
        <translation>No update file from the coordinator imported yet.</translation>
    </message>
    <message>
        <source>本点密钥指纹：{fp}</source>
        <translation>This point&apos;s key fingerprint: {fp}</translation>
    </message>
    <message>
        <source>同步文件保存到</source>
        <translation>Save the sync file to</translation>
    </message>
    <message>
        <source>同步文件 (*.ppsync)</source>
        <translation>Sync files (*.ppsync)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 {n} 条记录（#{a}–#{b}）到 {path}，并已读回核对。请把文件交给街道。</source>
        <translation>Exported {n} records (#{a}–#{b}) to {path} and checked it by reading it back. Take the file to the street office.</translation>
    </message>
    <message>
        <source>选择协调中心的更新文件</source>
        <translation>Choose the coordinator&apos;s update files</translation>
    </message>
    <message>
        <source>同步文件 (*.ppsync);;所有文件 (*)</source>
        <translation>Sync files (*.ppsync);;All files (*)</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>{file}：已导入，新记录 {n} 条。</source>
        <translation>{file}: imported, {n} new records.</translation>
    </message>
    <message>
        <source>{file}：以前已导入过。</source>
        <translation>{file}: imported before.</translation>
    </message>
    <message>
        <source>拒收：{why}</source>
        <translation>Refused: {why}</translation>
    </message>
    <message>
        <source>已启用为接驳点 {id}（{name}），属于 {hub}。本点密钥指纹：{fp}——协调中心导入第一批数据时会显示，请电话核对。</source>
        <translation>Enrolled as pickup point {id} ({name}) of {hub}. This point&apos;s key fingerprint: {fp}: the coordinator sees it when importing the first batch; compare them by phone.</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>导出同步文件…</source>
        <translation>Export sync file…</translation>
    </message>
    <message>
        <source>把还没被协调中心确认的记录写到 U 盘，交给街道</source>
        <translation>Write the records the coordinator has not acknowledged to a USB stick for the street office</translation>
    </message>
    <message>
        <source>导入更新文件…</source>
        <translation>Import update file…</translation>
    </message>
    <message>
        <source>导入协调中心给本点的更新文件（新批次、住户和确认）</source>
        <translation>Import the coordinator&apos;s update file for this point (new rounds, households and acknowledgements)</translation>
    </message>
    <message>
        <source>用设置文件启用…</source>
        <translation>Enrol with setup file…</translation>
    </message>
    <message>
        <source>用协调中心给的设置文件和启用码，让本点加入街道的同步</source>
        <translation>Join the street office&apos;s sync with the coordinator&apos;s setup file and enrolment code</translation>
    </message>
</context>
<context>
    <name>Tabular</name>
    <message>
        <source>找不到文件 {path}。</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>{path} 是文件夹，不是表格文件。</source>
        <translation>{path} is a folder, not a spreadsheet.</translation>
    </message>
    <message>
        <source>{path} 不是普通文件（可能是管道或设备），不能导入：请选择一个 CSV 或 XLSX 文件。</source>
        <translation>{path} is not a regular file (perhaps a pipe or a device) and cannot be imported: choose a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>没有权限读取文件 {path}：请换一个位置保存后再导入。</source>
        <translation>No permission to read {path}: save it somewhere else and import it again.</translation>
    </message>
    <message>
        <source>{name} 是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入。</source>
        <translation>{name} is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import it.</translation>
    </message>
    <message>
        <source>CSV 文件没有工作表，请去掉 --sheet。</source>
        <translation>CSV files have no sheets; leave out --sheet.</translation>
    </message>
    <message>
        <source>无法读取 {name}：只支持 CSV 和 XLSX 文件。</source>
        <translation>Cannot read {name}: only CSV and XLSX files are supported.</translation>
    </message>
    <message>
        <source>{name} 混用了两种文字编码（第 {row} 行与其他行不同）：请在 Excel 里重新“另存为 CSV UTF-8”后再导入。</source>
        <translation>{name} mixes two text encodings (line {row} differs from the others): save it again in Excel as “CSV UTF-8” and import that.</translation>
    </message>
    <message>
        <source>{name} 开头标明是 UTF-8 编码，但第 {row} 行不是：请在 Excel 里重新“另存为 CSV UTF-8”后再导入。</source>
        <translation>{name} says it is UTF-8 but line {row} is not: save it again in Excel as “CSV UTF-8” and import that.</translation>
    </message>
    <message>
        <source>{name} 的文字编码既不是 UTF-8 也不是 GBK（可能是繁体 Big5）：请在 Excel 里“另存为 CSV UTF-8”后再导入。</source>
        <translation>The text encoding of {name} is neither UTF-8 nor GBK (perhaps traditional Big5): in Excel, &quot;Save as CSV UTF-8&quot; and import that.</translation>
    </message>
    <message>
        <source>无法识别 {name} 的文字编码：请保存为 UTF-8 或 GBK 编码的 CSV。</source>
        <translation>Cannot tell the text encoding of {name}: save it as CSV in UTF-8 or GBK.</translation>
    </message>
    <message>
        <source>{name} 不是 CSV 文本文件。</source>
        <translation>{name} is not a CSV text file.</translation>
    </message>
    <message>
        <source>{name} 第 {row} 行格式有误：{error}</source>
        <translation>{name} row {row} is malformed: {error}</translation>
    </message>
    <message>
        <source>{name} 第 {row} 行有一个引号（&quot;）没有配对，后面的行都被当成了这一格：请改正这一行后再导入。</source>
        <translation>Row {row} of {name} opens a quote (&quot;) that is never closed, so the rows after it became one cell: correct that row and import again.</translation>
    </message>
    <message>
        <source>{name} 中没有名为“{sheet}”的工作表；有：{sheets}。</source>
        <translation>{name} has no sheet &quot;{sheet}&quot;; it has: {sheets}.</translation>
    </message>
    <message>
        <source>{name} 是空的，没有任何数据。</source>
        <translation>{name} is empty.</translation>
    </message>
    <message>
        <source>没有第 {n} 列。</source>
        <translation>There is no column {n}.</translation>
    </message>
    <message>
        <source>表头中没有“{header}”这一列；表头有：{headers}。</source>
        <translation>No column &quot;{header}&quot; in the header; the header has: {headers}.</translation>
    </message>
    <message>
        <source>{name} 不是有效的 XLSX 文件，可能已损坏。</source>
        <translation>{name} is not a valid XLSX file; it may be damaged.</translation>
    </message>
    <message>
        <source>{name} 的工作表“{sheet}”内容已损坏，无法读取。</source>
        <translation>The sheet “{sheet}” of {name} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>{name} 的单元格 {cell} 是公式，但文件里没有保存计算结果：请用 Excel 打开并保存后再导入。</source>
        <translation>Cell {cell} of {name} is a formula saved without its result: open the file in Excel, save it, and import it again.</translation>
    </message>
    <message>
        <source>{name} 的前 {n} 行里找不到表头（如“楼栋”“房号”“户主”“电话”）。</source>
        <translation>No header (such as 楼栋, 房号, 户主, 电话) in the first {n} rows of {name}.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>操作失败，发生了意外错误。详细信息已写入日志。</source>
        <translation>The operation failed with an unexpected error. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{what}里有控制字符（如空字符、响铃、转义符），请删掉后再输入。</source>
        <translation>{what} holds control characters (such as NUL, bell or escape): remove them and enter it again.</translation>
    </message>
    <message>
        <source>{what}太长（{n} 个字，最多 {limit} 个字）。</source>
        <translation>{what} is too long ({n} characters, at most {limit}).</translation>
    </message>
</context>
<context>
    <name>Timetable</name>
    <message>
        <source>时间“{time}”无效：请写成 14:00 这样的时刻。</source>
        <translation>The time &quot;{time}&quot; is not valid: write it like 14:00.</translation>
    </message>
    <message>
        <source>每个时段的长度应大于 0 分钟。</source>
        <translation>A slot must be longer than 0 minutes.</translation>
    </message>
    <message>
        <source>从 {start} 到 {end} 放不下一个 {minutes} 分钟的时段。</source>
        <translation>From {start} to {end} there is no room for a slot of {minutes} minutes.</translation>
    </message>
    <message>
        <source>每个时段的件数上限应大于 0。</source>
        <translation>The parcels per slot must be more than 0.</translation>
    </message>
    <message>
        <source>时间不够：每段最多 {cap} 件，需要 {need} 个时段，{start}–{end} 只有 {have} 个。请延长时间、缩短时段或提高每段件数。</source>
        <translation>Not enough time: at most {cap} parcels a slot needs {need} slots, {start}–{end} has {have}. Lengthen the window, shorten the slots or allow more parcels per slot.</translation>
    </message>
    <message>
        <source>【分时错峰取物】{point} {day}</source>
        <translation>[Staggered pickup] {point} {day}</translation>
    </message>
    <message>
        <source>{start}–{end}&#x3000;{groups}（{n} 件）</source>
        <translation>{start}–{end}  {groups} ({n} parcels)</translation>
    </message>
    <message>
        <source>请按本楼栋的时段到接驳点领取，戴好口罩，排队间隔一米，领完即走。</source>
        <translation>Please come in your building&apos;s slot, wear a mask, keep one metre apart and leave once you have collected.</translation>
    </message>
    <message>
        <source>【到货通知】{point}：{rounds} 已到货。以下楼栋的住户请到接驳点领取：</source>
        <translation>[Parcels arrived] {point}: {rounds} arrived. Households of these buildings, please collect at the point:</translation>
    </message>
    <message>
        <source>{unit} {n} 户</source>
        <translation>{unit} {n} households</translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>{building}：{parts}</source>
        <translation>{building}: {parts}</translation>
    </message>
    <message>
        <source>（目前没有待领取的包裹。）</source>
        <translation>(No parcels waiting now.)</translation>
    </message>
    <message>
        <source>行动不便的住户请联系楼长，安排送货上门。</source>
        <translation>Residents who cannot come: call your building steward for door delivery.</translation>
    </message>
</context>
<context>
    <name>TimetableDialog</name>
    <message>
        <source>按楼栋</source>
        <translation>By building</translation>
    </message>
    <message>
        <source>按单元</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <translation>{day}/{month}</translation>
    </message>
    <message>
        <source>已复制。</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>时间表已发送到打印机。</source>
        <translation>The timetable was sent to the printer.</translation>
    </message>
    <message>
        <source>通知与分时错峰</source>
        <translation>Notice and staggered pickup</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>每段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>分时错峰时间表</source>
        <translation>Staggered pickup timetable</translation>
    </message>
    <message>
        <source>到货通知（发到住户群）</source>
        <translation>Notice (for the residents&apos; group)</translation>
    </message>
    <message>
        <source>到货通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>复制时间表</source>
        <translation>Copy the timetable</translation>
    </message>
    <message>
        <source>复制通知</source>
        <translation>Copy the notice</translation>
    </message>
    <message>
        <source>打印时间表…</source>
        <translation>Print the timetable…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TimetableDoc</name>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>分时错峰取物时间表</source>
        <translation>Staggered pickup timetable</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>请按本楼栋的时段到接驳点领取，戴好口罩，排队间隔一米，领完即走。</source>
        <translation>Please come in your building&apos;s slot, wear a mask, keep one metre apart and leave once you have collected.</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>楼栋 / 单元</source>
        <translation>Buildings / units</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>没有待领取的包裹。</source>
        <translation>No parcels waiting.</translation>
    </message>
</context>
<context>
    <name>Uncollected</name>
    <message>
        <source>住户</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Pers.</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>待领包裹</source>
        <translation>Parcels waiting</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>等待天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>应收（元）</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <source>未领取名单</source>
        <translation>Uncollected list</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>打印时间</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>打印人</source>
        <translation>Printed by</translation>
    </message>
    <message>
        <source>完整号码，请妥善保管</source>
        <translation>in full: keep this list safe</translation>
    </message>
    <message>
        <source>已隐去中间四位</source>
        <translation>middle four digits hidden</translation>
    </message>
    <message>
        <source>{n} 户</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>{building}合计</source>
        <translation>{building} in all</translation>
    </message>
    <message>
        <source>总计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>另有 {n} 件包裹没有对应的住户，未列入本名单（见“批次”页）。</source>
        <translation>{n} more parcels have no household and are not on this list (see the Rounds page).</translation>
    </message>
    <message>
        <source>未领取名单 · {point} · {rounds}</source>
        <translation>Uncollected list · {point} · {rounds}</translation>
    </message>
    <message>
        <source>所选批次的包裹都已领取。</source>
        <translation>Every parcel of these rounds has been collected.</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>按楼栋合计</source>
        <translation>By building</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>另有 {n} 件包裹没有对应的住户。</source>
        <translation>{n} more parcels have no household.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>撤销这次发放</source>
        <translation>Void this handover</translation>
    </message>
    <message>
        <source>不撤销</source>
        <translation>Don&apos;t void</translation>
    </message>
    <message>
        <source>扫错了包裹</source>
        <translation>Wrong parcel scanned</translation>
    </message>
    <message>
        <source>住户退回</source>
        <translation>Returned by household</translation>
    </message>
    <message>
        <source>发错了住户</source>
        <translation>Given to wrong household</translation>
    </message>
    <message>
        <source>重复发放</source>
        <translation>Handed out twice</translation>
    </message>
    <message>
        <source>选择或填写原因</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <source>这是扫到的条码，不是撤销原因：请选择或填写原因。</source>
        <translation>That is a scanned barcode, not a reason: choose or type a reason.</translation>
    </message>
    <message>
        <source>请选择或填写撤销的原因。</source>
        <translation>Choose or type the reason for voiding.</translation>
    </message>
    <message>
        <source>撤销发放</source>
        <translation>Void handover</translation>
    </message>
    <message>
        <source>撤销原因（必填，记录会保留）：</source>
        <translation>Reason for voiding (required; the record is kept):</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Reason for voiding</translation>
    </message>
</context>
<context>
    <name>WhichParcelDialog</name>
    <message>
        <source>批次“{round}”  {household}  {item}  {status}</source>
        <translation>Round “{round}”  {household}  {item}  {status}</translation>
    </message>
    <message>
        <source>无住户</source>
        <translation>No household</translation>
    </message>
    <message>
        <source>就是这件</source>
        <translation>This one</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>是哪一批的包裹？</source>
        <translation>Which round&apos;s parcel?</translation>
    </message>
    <message>
        <source>包裹</source>
        <translation>Parcel</translation>
    </message>
</context>
</TS>
