package cn.gongkai.disclosurerequest;

/** The applicant columns of the annual report's applications table: 自然人, then 法人或其他组织 in five kinds. */
public final class Applicant {

    private Applicant() {
    }

    public enum Type {
        NATURAL_PERSON, LEGAL_PERSON
    }

    /** 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 */
    public enum Subtype {
        COMMERCIAL, RESEARCH, PUBLIC_INTEREST, LEGAL_SERVICE, OTHER
    }

    /** the column of 表三: {@code NATURAL_PERSON} or the legal person's subtype */
    public static String column(Type type, Subtype subtype) {
        return type == Type.NATURAL_PERSON ? Type.NATURAL_PERSON.name() : subtype.name();
    }

    /** 纸质 / 电子 */
    public enum Form {
        PAPER, ELECTRONIC
    }

    /** 邮寄 / 电子邮件 / 自行领取 / 在线 */
    public enum Delivery {
        POST, EMAIL, PICK_UP, ONLINE
    }

    /** how the application arrived (条例 art 31 fixes its receipt date): 当面, 邮寄, 网络, 传真 */
    public enum Channel {
        IN_PERSON, POST, ONLINE, FAX
    }

    /** 身份证明 */
    public enum IdType {
        RESIDENT_ID, PASSPORT, OTHER_PERSONAL, CREDIT_CODE, OTHER_ORG
    }
}
