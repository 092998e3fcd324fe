package org.nernst.core.model;

/** Cycler step kinds, stored as codes in a {@link Role#STEP_TYPE} channel. */
public enum StepType {
    REST(0), CC_CHARGE(1), CC_DISCHARGE(2), CV_CHARGE(3), CV_DISCHARGE(4), CCCV_CHARGE(5), CCCV_DISCHARGE(6), OTHER(9);

    private final int code;

    StepType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static StepType ofCode(double code) {
        for (StepType t : values()) {
            if (t.code == (int) code) {
                return t;
            }
        }
        return OTHER;
    }
}
