-- How a gateway is bought and placed (CreateGateway's GatewayClass, PostPaid, VSwitchId, PublicNetworkBandwidth,
-- ReleaseAfterExpiration), and its deployment: a pay-as-you-go file gateway in the cloud is INITIALIZED until
-- DeployGateway's task has run (DEPLOYING meanwhile); ModifyGatewayClass's task ends a CHANGING_CLASS. Rows from before this migration are subscription gateways of no
-- class, as they were created. One schema for H2 (MODE=PostgreSQL) and PostgreSQL.

ALTER TABLE sgw_gateway ADD COLUMN gateway_class VARCHAR(16);
ALTER TABLE sgw_gateway ADD COLUMN post_paid BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sgw_gateway ADD COLUMN vswitch_id VARCHAR(64);
-- Mbit/s, 5 to 200; none when not asked for
ALTER TABLE sgw_gateway ADD COLUMN public_network_bandwidth INTEGER;
ALTER TABLE sgw_gateway ADD COLUMN release_after_expiration BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE sgw_gateway ADD CONSTRAINT sgw_gateway_class_known
    CHECK (gateway_class IS NULL OR gateway_class IN ('BASIC', 'STANDARD', 'ENHANCED', 'ADVANCED'));
ALTER TABLE sgw_gateway ADD CONSTRAINT sgw_gateway_public_bandwidth_range
    CHECK (public_network_bandwidth IS NULL OR public_network_bandwidth BETWEEN 5 AND 200);

ALTER TABLE sgw_gateway DROP CONSTRAINT sgw_gateway_state_known;
ALTER TABLE sgw_gateway ADD CONSTRAINT sgw_gateway_state_known
    CHECK (state IN ('INITIALIZED', 'DEPLOYING', 'RUNNING', 'CHANGING_DIRECTORY', 'CHANGING_CLASS', 'DELETING'));

ALTER TABLE sgw_task DROP CONSTRAINT sgw_task_kind_known;
ALTER TABLE sgw_task ADD CONSTRAINT sgw_task_kind_known CHECK (kind IN ('CREATE_SMB_USER', 'DELETE_SMB_USER',
    'DELETE_GATEWAY', 'SET_ACTIVE_DIRECTORY', 'SET_LDAP', 'DEPLOY_GATEWAY', 'CHANGE_GATEWAY_CLASS'));
