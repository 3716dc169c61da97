package cn.gongkai.auditlog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write endpoint: after the request completes, one audit entry is appended with the actor, the IP, the
 * outcome (from the response status) and whatever the service added through {@link AuditTrail}. Every
 * POST/PUT/PATCH/DELETE handler carries it (a test checks).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    AuditAction value();

    /** e.g. ORG, USER; the service may refine it */
    String target() default "";
}
