package cn.gongkai.org;

/** Kinds of organisation (docs/DOMAIN.md "Organisations"). */
public enum OrgType {
    GOVERNMENT, DEPARTMENT, TOWNSHIP, SUBDISTRICT, PARK, INSTITUTION, OTHER
}
