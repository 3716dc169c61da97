package cn.gongkai.disclosurerequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import cn.gongkai.disclosurerequest.Applicant.Channel;
import cn.gongkai.disclosurerequest.Applicant.Type;
import cn.gongkai.disclosurerequest.RequestCommands.ApplicationForm;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScope;
import cn.gongkai.security.DataScopes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register: applications received online or registered in the console, listed and read in scope. */
@Service
@Transactional
class DisclosureRequests {

    static final String PUBLIC_ACTOR = "申请人（在线）";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DisclosureRequestMapper mapper;
    private final RequestStore store;
    private final StatutoryClock clock;
    private final DataScopes scopes;
    private final OrgApi orgs;
    private final AuditTrail audit;

    DisclosureRequests(DisclosureRequestMapper mapper, RequestStore store, StatutoryClock clock, DataScopes scopes,
            OrgApi orgs, AuditTrail audit) {
        this.mapper = mapper;
        this.store = store;
        this.clock = clock;
        this.scopes = scopes;
        this.orgs = orgs;
        this.audit = audit;
    }

    /** an application received online (条例 art 31: the receipt date is the day both sides confirm it, today) */
    Receipt submitOnline(ApplicationForm form) {
        OrgRef org = orgs.find(form.orgId()).filter(OrgRef::enabled)
                .orElseThrow(() -> ApiException.invalidField("orgId", "受理机关不存在"));
        audit.actor(PUBLIC_ACTOR);
        return insert(form, org, Channel.ONLINE, clock.today(), PUBLIC_ACTOR);
    }

    /** a letter, fax or visit registered by an editor of the receiving org, with its art 31 receipt date */
    RequestView register(ApplicationForm form, CurrentUser user) {
        OrgRef org = orgs.find(form.orgId()).orElseThrow(() -> ApiException.invalidField("orgId", "受理机关不存在"));
        if (!scopes.writable(user).covers(org.id())) {
            throw ApiException.forbidden("您不是该机关的编辑人员，不能为其登记申请");
        }
        if (form.channel() == null) {
            throw ApiException.invalidField("channel", "请选择申请的收到方式（当面、邮寄、网络、传真）");
        }
        LocalDate received = receivedOn(form);
        Receipt receipt = insert(form, org, form.channel(), received, user.username());
        return store.view(mapper.find(receipt.id()).orElseThrow(), true);
    }

    private LocalDate receivedOn(ApplicationForm form) {
        if (form.receivedOn() == null) {
            throw ApiException.invalidField("receivedOn", "请填写收到申请的日期");
        }
        if (form.receivedOn().isAfter(clock.today())) {
            throw ApiException.invalidField("receivedOn", "收到申请的日期不能晚于今天");
        }
        return form.receivedOn();
    }

    private Receipt insert(ApplicationForm form, OrgRef org, Channel channel, LocalDate received, String actor) {
        checkApplicant(form);
        String code = randomCode(8);
        RequestRow row = new RequestRow();
        row.orgId = org.id();
        row.lookupCodeHash = sha256(code);
        fill(row, form);
        row.channel = channel;
        row.receivedOn = received;
        row.status = RequestStatus.REGISTERED;
        row.clockStart = received;
        row.dueDate = clock.storedDueDate(row);
        row.createdAt = clock.now();
        row.createdBy = actor;
        row.updatedAt = row.createdAt;
        row.updatedBy = actor;
        for (int attempt = 0; ; attempt++) {
            row.receiptNumber = "YSQ" + received.format(DateTimeFormatter.BASIC_ISO_DATE) + randomDigits(6);
            try {
                mapper.insert(row);
                break;
            } catch (DuplicateKeyException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        long id = mapper.lastInsertId();
        mapper.insertStep(id, row.createdAt, actor, "REGISTER", null, RequestStatus.REGISTERED, received,
                "收到申请（" + channelName(channel) + "）");
        audit.target("APPLICATION", id);
        audit.note("receiptNumber", row.receiptNumber);
        return new Receipt(id, row.receiptNumber, code, received, row.dueDate);
    }

    static void fill(RequestRow row, ApplicationForm form) {
        row.applicantType = form.applicantType();
        row.applicantSubtype = form.applicantType() == Type.LEGAL_PERSON ? form.applicantSubtype() : null;
        row.applicantName = form.name().strip();
        row.idType = form.idType();
        row.idNumber = form.idNumber().strip();
        row.phone = blankToNull(form.phone());
        row.email = blankToNull(form.email());
        row.address = blankToNull(form.address());
        row.description = form.description().strip();
        row.docNumber = blankToNull(form.docNumber());
        row.form = form.form();
        row.delivery = form.delivery();
    }

    static void checkApplicant(ApplicationForm form) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        if (form.applicantType() == Type.LEGAL_PERSON && form.applicantSubtype() == null) {
            errors.add(new ApiException.FieldError("applicantSubtype",
                    "法人或其他组织请选择类别（商业企业、科研机构、社会公益组织、法律服务机构、其他）"));
        }
        if (blankToNull(form.phone()) == null && blankToNull(form.email()) == null
                && blankToNull(form.address()) == null) {
            errors.add(new ApiException.FieldError("phone", "请至少填写一种联系方式（电话、电子邮箱或地址）"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.get(0).message()).withErrors(errors);
        }
    }

    @Transactional(readOnly = true)
    PageResult<RequestView> list(Long orgId, RequestStatus status, String due, Outcome outcome, Integer year,
            CurrentUser user, PageQuery page) {
        DataScope readable = scopes.readable(user);
        List<Long> orgIds;
        if (orgId != null) {
            if (!readable.covers(orgId)) {
                throw ApiException.notFound("机构不存在或不在您的权限范围内");
            }
            orgIds = orgs.subtreeIds(orgId).stream().filter(readable::covers).toList();
        } else {
            orgIds = List.copyOf(readable.orgIds());
        }
        if (orgIds.isEmpty()) {
            return page.result(List.of(), 0);
        }
        LocalDate today = clock.today();
        LocalDate from = null;
        LocalDate until = null;
        if ("OVERDUE".equals(due)) {
            until = today.minusDays(1);
        } else if ("SOON".equals(due)) {
            from = today;
            until = soonUntil(today);
        } else if (due != null && !due.isBlank()) {
            throw ApiException.invalidField("due", "due 只能是 SOON 或 OVERDUE");
        }
        RequestFilter filter = new RequestFilter(orgIds, status, from, until, outcome, year);
        return page.result(store.views(mapper.list(filter, page.offset(), page.size())), mapper.count(filter));
    }

    /** the last due date that is "due soon" today: at most 3 working days left */
    LocalDate soonUntil(LocalDate today) {
        LocalDate d = today;
        // the latest day D with workingDaysBetween(today, D) ≤ 3: walk to the 4th working day, minus one day
        int working = 0;
        while (working <= StatutoryClock.DUE_SOON_DAYS) {
            d = d.plusDays(1);
            if (clock.isWorkingDay(d)) {
                working++;
            }
        }
        return d.minusDays(1);
    }

    @Transactional(readOnly = true)
    RequestView get(long id, CurrentUser user) {
        return store.view(store.readable(id, user), true);
    }

    /** corrects what was registered (the applicant, the request, the receipt date) while the application is open */
    RequestView update(long id, ApplicationForm form, CurrentUser user) {
        RequestRow current = store.handled(id, user);
        RequestStore.checkVersion(current, form.version());
        if (!current.status().open()) {
            throw ApiException.conflict("illegal-transition", "已答复的申请不能再修改登记内容");
        }
        if (form.orgId() != null && form.orgId() != current.orgId()) {
            throw ApiException.invalidField("orgId", "受理机关不能修改；如申请应由其他机关处理，请按条例第三十六条答复");
        }
        checkApplicant(form);
        RequestRow next = current.copy();
        fill(next, form);
        if (form.channel() != null) {
            next.channel = form.channel();
        }
        if (form.receivedOn() != null && !form.receivedOn().equals(current.receivedOn())) {
            next.receivedOn = receivedOn(form);
            if (current.correctionReceivedOn() == null) {
                next.clockStart = next.receivedOn;
            }
        }
        audit.target("APPLICATION", id);
        return store.view(store.save(next, "UPDATE", current.status(), clock.today(), "修改登记内容",
                user.username()), true);
    }

    /** the applicant's data in full, for the handling org's own users, with the reason logged */
    @Transactional(readOnly = true)
    PersonalDataView personalData(long id, String reason, CurrentUser user) {
        RequestRow r = store.readable(id, user);
        if (!scopes.writable(user).covers(r.orgId()) && !scopes.reviewable(user).covers(r.orgId())) {
            throw ApiException.forbidden("只有受理机关的工作人员可以查看申请人的完整个人信息");
        }
        if (reason == null || reason.strip().length() < 2) {
            throw ApiException.invalidField("reason", "请说明查看申请人完整个人信息的理由");
        }
        audit.target("APPLICATION", id);
        audit.note("reason", reason.strip());
        return new PersonalDataView(r.applicantName(), r.idType().name(), r.idNumber(), r.phone(), r.email(),
                r.address());
    }

    static String channelName(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "当面";
            case POST -> "邮寄";
            case ONLINE -> "网络";
            case FAX -> "传真";
        };
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomCode(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    private static String randomDigits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(RANDOM.nextInt(10));
        }
        return b.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** what the applicant keeps: the receipt number and the lookup code (shown once, stored only as a hash) */
    record Receipt(long id, String receiptNumber, String lookupCode, LocalDate receivedAt, LocalDate dueDate) {
    }

    record PersonalDataView(String name, String idType, String idNumber, String phone, String email,
            String address) {
    }
}
