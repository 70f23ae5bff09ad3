package cn.nianbao.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;

/**
 * The engine would draw a PNG of every process it deploys, loading AWT and fonts (some 500 classes) on the first start
 * of a database. Nianbao never shows it: the report's diagram is its own SVG ({@link ProcessDiagram}).
 */
@Component
class NoDeploymentImages implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    @Override
    public void configure(SpringProcessEngineConfiguration engine) {
        engine.setCreateDiagramOnDeploy(false);
    }
}
