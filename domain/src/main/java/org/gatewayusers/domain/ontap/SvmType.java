package org.gatewayusers.domain.ontap;

/** Only data SVMs serve CIFS and hold local users; the admin SVM represents the cluster itself. */
public enum SvmType {
    DATA,
    ADMIN
}
