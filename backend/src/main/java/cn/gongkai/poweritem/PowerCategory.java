package cn.gongkai.poweritem;

/** 权力类型, GB/T 39046 A.1 type codes 01–10 (docs/DOMAIN.md "Power items"). */
public enum PowerCategory {
    LICENSING("01", "行政许可"),
    PENALTY("02", "行政处罚"),
    COERCION("03", "行政强制"),
    LEVY("04", "行政征收"),
    PAYMENT("05", "行政给付"),
    INSPECTION("06", "行政检查"),
    CONFIRMATION("07", "行政确认"),
    REWARD("08", "行政奖励"),
    ADJUDICATION("09", "行政裁决"),
    OTHER("10", "其他行政权力");

    private final String typeCode;
    private final String displayName;

    PowerCategory(String typeCode, String displayName) {
        this.typeCode = typeCode;
        this.displayName = displayName;
    }

    public String typeCode() {
        return typeCode;
    }

    public String displayName() {
        return displayName;
    }
}
