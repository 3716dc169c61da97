package cn.gongkai.disclosurerequest;

/**
 * Masks of the applicant's personal data (身份证件号码, 联系方式, 地址) for every output but the handling org's own
 * look with a logged reason: lists, details, exports and letters to third parties show these.
 */
final class PersonalData {

    private PersonalData() {
    }

    /** 110105********1234 style: the first 3 and last 4 characters of a long number, the last 2 of a short one */
    static String maskId(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        int n = id.length();
        if (n <= 6) {
            return "*".repeat(Math.max(0, n - 2)) + id.substring(Math.max(0, n - 2));
        }
        return id.substring(0, 3) + "*".repeat(n - 7) + id.substring(n - 4);
    }

    /** 138****5678 */
    static String maskPhone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int n = phone.length();
        if (n <= 4) {
            return "*".repeat(n);
        }
        int head = Math.min(3, n - 4);
        return phone.substring(0, head) + "*".repeat(n - head - 4) + phone.substring(n - 4);
    }

    /** a***@example.cn */
    static String maskEmail(String email) {
        if (email == null || email.isEmpty()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** the first 6 characters (province, city, district), then *** */
    static String maskAddress(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        return address.codePointCount(0, address.length()) <= 6 ? "***"
                : address.substring(0, address.offsetByCodePoints(0, 6)) + "***";
    }
}
